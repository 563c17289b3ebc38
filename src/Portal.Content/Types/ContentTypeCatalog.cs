namespace Portal.Content.Types;

/// <summary>The content types this site has: the built-in ones and any a feature or a test adds with <c>AddContentType</c>.</summary>
public sealed class ContentTypeCatalog
{
    private readonly Dictionary<string, ContentTypeDescriptor> byName = new(StringComparer.Ordinal);

    public ContentTypeCatalog(IEnumerable<ContentTypeDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        foreach (var descriptor in descriptors)
        {
            if (!byName.TryAdd(descriptor.Name, descriptor))
            {
                throw new InvalidOperationException($"the content type '{descriptor.Name}' is declared twice");
            }

            if (byName.Values.Count(d => d.UrlSegment == descriptor.UrlSegment) > 1)
            {
                throw new InvalidOperationException($"the content types {string.Join(" and ", byName.Values.Where(d => d.UrlSegment == descriptor.UrlSegment).Select(d => d.Name))} share the URL segment '{descriptor.UrlSegment}'");
            }
        }

        All = [.. byName.Values];
        Names = [.. byName.Keys];
    }

    public IReadOnlyList<ContentTypeDescriptor> All { get; }

    public IReadOnlyList<string> Names { get; }

    public bool IsKnown(string type) => byName.ContainsKey(type);

    /// <exception cref="KeyNotFoundException">The type is not one of this site's.</exception>
    public ContentTypeDescriptor this[string type] => byName[type];

    public ContentTypeDescriptor? Find(string type) => byName.GetValueOrDefault(type);

    /// <summary>The type's <see cref="ContentTypeDescriptor.Label"/>; a name no descriptor has (an item of a type since removed) as it is.</summary>
    public string Label(string type) => Find(type)?.Label ?? type;
}
