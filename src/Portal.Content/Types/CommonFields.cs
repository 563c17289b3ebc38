using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>The fields every content type has besides its identity (type, id, culture, title, slug, summary, published).</summary>
public static class CommonFields
{
    public static FieldDescriptor Clusters { get; } = new("clusters", FieldKind.References) { ReferenceTypes = [ContentTypes.Cluster], TermKind = TermKinds.Cluster };

    public static FieldDescriptor Cities { get; } = new("cities", FieldKind.References) { ReferenceTypes = [ContentTypes.City], TermKind = TermKinds.City };

    public static FieldDescriptor Organizations { get; } = new("organizations", FieldKind.References) { ReferenceTypes = [ContentTypes.Organization], TermKind = TermKinds.Organization };

    public static FieldDescriptor Countries { get; } = new("countries", FieldKind.Countries) { TermKind = TermKinds.Country };

    public static FieldDescriptor Hazards { get; } = new("hazards", FieldKind.Hazards) { TermKind = TermKinds.Hazard };

    public static FieldDescriptor Sdgs { get; } = new("sdgs", FieldKind.Numbers) { Min = 1, Max = 17, Numbers = NumberedList.Sdgs, TermKind = TermKinds.Sdg, Label = "Sustainable Development Goals" };

    public static FieldDescriptor Tags { get; } = new("tags", FieldKind.Tags) { MaxLength = 100, TermKind = TermKinds.Tag, Hint = "Free words, separated by commas." };

    public static FieldDescriptor Sources { get; } = new("sources", FieldKind.Sources) { Hint = "Where the facts come from: a title, and a web address where there is one." };

    public static IReadOnlyList<FieldDescriptor> All { get; } = [Clusters, Cities, Organizations, Countries, Hazards, Sdgs, Tags, Sources];
}
