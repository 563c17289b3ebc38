using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A thematic cluster space: the editors' own order, subscribed to by members.</summary>
public static class ClusterType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.Cluster,
        UrlSegment = "clusters",
        Template = "cluster",
        SchemaType = "CollectionPage",
        OrderField = "order",
        DigestOrder = 7,
        // The newest page of each: the rest are a link away, on the lists filtered by the cluster.
        ReferrersListed = 12,
        OwnFields = [new("order", FieldKind.WholeNumber) { Min = 0, Max = 10_000, Label = "Order in menus", Hint = "Lower comes first." }],
    };
}
