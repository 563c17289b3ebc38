using System.Text.Json.Nodes;

namespace Portal.Content.Types;

/// <summary>
/// Everything the portal knows of one content type, read by every feature that handles its items:
/// import and validation, the admin form and the front-matter writer, the page, feeds, the API, the
/// search document and digests. Adding a type is one descriptor, its template and its words.
/// </summary>
public sealed class ContentTypeDescriptor
{
    /// <summary>The <c>type</c> of the front matter (<c>CaseStudy</c>).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The type as words where the admin names it ("New case study", a list's type column): the
    /// name with a space before each capital (<c>CaseStudy</c>: Case study), unless given.
    /// </summary>
    public string Label
    {
        get => field ??= string.Concat(Name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        init;
    }

    /// <summary>The path segment its pages are served under (<c>/case-studies/{slug}</c>).</summary>
    public required string UrlSegment { get; init; }

    /// <summary>The theme template of its page (<c>case-study</c> for <c>case-study.liquid</c>).</summary>
    public required string Template { get; init; }

    /// <summary>The schema.org type its page declares in JSON-LD.</summary>
    public string SchemaType { get; init; } = "WebPage";

    /// <summary>
    /// Its own schema.org properties, beyond what every page declares (name, description, URL,
    /// language, an article's date and publisher, a schedule's start and end).
    /// </summary>
    public Action<ContentFields, JsonObject>? Schema { get; init; }

    /// <summary>
    /// On its page, how many of each type of item that refers to it are listed (the case studies,
    /// events and news of a city), newest or soonest first.
    /// </summary>
    public int ReferrersListed { get; init; } = 50;

    /// <summary>Its own fields, after the <see cref="CommonFields"/> every type has, in the order a file lists them.</summary>
    public IReadOnlyList<FieldDescriptor> OwnFields { get; init; } = [];

    /// <summary>Where it has one: the fields that place an item in time.</summary>
    public DateSpan? Schedule { get; init; }

    /// <summary>
    /// Where what an item reports has a time of its own that is not a schedule (a case study's
    /// period): the date or period field that gives it. Its <c>published</c> date only says when the
    /// portal took it in, which for imported items is the same day for all of them.
    /// </summary>
    public string? DateField { get; init; }

    /// <summary>
    /// The field an item is dated by (its year in filters and facets, the date its card and page
    /// show): <see cref="DateField"/>, else the schedule's start; none (news), its <c>published</c> date.
    /// </summary>
    public FieldDescriptor? OwnDateField => (DateField ?? Schedule?.StartField) is { } name ? Field(name) : null;

    /// <summary>
    /// Where items of the type follow one outline (a case study's Challenge, What was done...): its
    /// sections' headings, in order. A new item's body starts as the outline, and an item with no
    /// text under it (<see cref="OutlineBody.IsEmpty"/>) is not published.
    /// </summary>
    public IReadOnlyList<string> Outline { get; init; } = [];

    /// <summary>Where lists of the type follow an editor's order rather than the newest first: the integer field that gives it.</summary>
    public string? OrderField { get; init; }

    /// <summary>Where a digest lists the type among a cluster's new items: lower first.</summary>
    public int DigestOrder { get; init; } = 100;

    /// <summary>Whether new items of the type go into the site's and the clusters' feeds.</summary>
    public bool InFeeds { get; init; }

    public IReadOnlyList<FieldDescriptor> Fields => field ??= [.. CommonFields.All, .. OwnFields];

    public FieldDescriptor? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The fields whose values classify an item (clusters, countries, hazards...).</summary>
    public IEnumerable<FieldDescriptor> TermFields => Fields.Where(f => f.TermKind is not null);
}
