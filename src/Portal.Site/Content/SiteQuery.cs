using Portal.Content.ReadModel;

namespace Portal.Site.Content;

/// <summary>The public items of a type shown in a culture, narrowed by a filter: what a list page asks of <see cref="SiteContent"/>.</summary>
public sealed record SiteQuery(string Type, string Culture, Func<PublicEntry, bool> Filter)
{
    public SiteQuery Where(Func<PublicEntry, bool> more) => this with { Filter = e => Filter(e) && more(e) };
}
