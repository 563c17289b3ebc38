using Portal.Content.Model;
using Portal.Content.ReadModel;
using Portal.Content.Storage;
using Portal.Content.Types;

namespace Portal.Digests.Members;

/// <summary>
/// The clusters public now, from the read model (one scheduled for later is not yet one to subscribe
/// to), each titled in the culture asked for where it has a translation, else as the read model
/// falls back; in the editors' order where the type has one.
/// </summary>
public sealed class ClusterCatalog(PortalDbContext db, PublicReadModel publicModel, ContentTypeCatalog types)
{
    public async Task<IReadOnlyList<ClusterOption>> ListAsync(string culture, CancellationToken cancellationToken)
    {
        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        var type = types[ContentTypes.Cluster];
        return [.. snapshot.Shown(type.Name, culture)
            .OrderBy(e => Order(type, e)).ThenBy(e => e.Title, StringComparer.CurrentCulture)
            .Select(e => new ClusterOption(e.ContentId, e.Title, e.Culture))];
    }

    /// <summary>The editors' order as the entry shown gives it; unordered items after the ordered ones.</summary>
    private static double Order(ContentTypeDescriptor type, PublicEntry entry) =>
        type.OrderField is { } field ? entry.Fields.Number(field) ?? double.MaxValue : double.MaxValue;
}
