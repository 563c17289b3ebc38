namespace Portal.Content.Types;

/// <summary>The seven types of the contract, each declared in its own file.</summary>
public static class BuiltInContentTypes
{
    public static IReadOnlyList<ContentTypeDescriptor> All { get; } =
    [
        ClusterType.Descriptor,
        CaseStudyType.Descriptor,
        EventType.Descriptor,
        CityType.Descriptor,
        OrganizationType.Descriptor,
        NewsType.Descriptor,
        PageType.Descriptor,
    ];
}
