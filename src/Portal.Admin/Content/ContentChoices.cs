using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>
/// What the pickers offer: items that can be referred to (clusters, cities, organizations) from the
/// database, and countries, hazards, goals, essentials and time zones from the set-up data.
/// </summary>
public sealed class ContentChoices(PortalDbContext db, Taxonomy taxonomy)
{
    private const string Admin = "en";

    /// <summary>Items of a type that references may name (not archived), one per id, titled in the default culture where it has one.</summary>
    public async Task<IReadOnlyList<Choice>> ItemsAsync(string type, CancellationToken cancellationToken) =>
        (await ItemsByTypeAsync([type], cancellationToken)).GetValueOrDefault(type) ?? [];

    /// <summary>The items every reference of the type may name, in one query.</summary>
    public async Task<EditorChoices> ForEditorAsync(ContentTypeDescriptor type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new EditorChoices(await ItemsByTypeAsync([.. type.Fields.SelectMany(f => f.ReferenceTypes).Distinct(StringComparer.Ordinal)], cancellationToken));
    }

    /// <summary>What a field of a numbered list offers (the goals, the essentials).</summary>
    public IReadOnlyList<Choice> Numbers(NumberedList list) => list switch
    {
        NumberedList.Sdgs => Sdgs,
        NumberedList.Essentials => Essentials,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "no such numbered list"),
    };

    public IReadOnlyList<Choice> Countries =>
        [.. taxonomy.Countries.Values.Select(c => new Choice(c.Code, $"{c.Name.In(Admin)} ({c.Code})")).OrderBy(c => c.Label, StringComparer.CurrentCulture)];

    public IReadOnlyList<Choice> Hazards =>
        [.. taxonomy.Hazards.Values.Select(h => new Choice(h.Id, $"{h.Name.In(Admin)} ({h.Family})")).OrderBy(c => c.Label, StringComparer.CurrentCulture)];

    public IReadOnlyList<Choice> Sdgs => Numbered(taxonomy.Sdgs);

    public IReadOnlyList<Choice> Essentials => Numbered(taxonomy.Essentials);

    public IReadOnlyList<string> Cultures => taxonomy.Site.ContentCultures;

    /// <summary>
    /// The cultures the public site serves: the only ones a translation is started in, since one in
    /// another culture would have no page of its own (it links to the default culture's).
    /// </summary>
    public IReadOnlyList<string> SiteCultures => taxonomy.Site.Cultures;

    /// <summary>The IANA zones this system knows, which are what the file reader accepts.</summary>
    public static IReadOnlyList<string> TimeZones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)];

    /// <summary><see cref="TimeZones"/> as a picker offers them.</summary>
    public static IReadOnlyList<Choice> TimeZoneChoices { get; } = [.. TimeZones.Select(z => new Choice(z, z))];

    private async Task<Dictionary<string, IReadOnlyList<Choice>>> ItemsByTypeAsync(List<string> types, CancellationToken cancellationToken)
    {
        if (types.Count == 0)
        {
            return [];
        }

        var rows = await db.ContentItems.AsNoTracking()
            .Where(x => types.Contains(x.Type) && x.Status != ContentStatus.Archived)
            .Select(x => new { x.Type, x.ContentId, x.Culture, x.Title })
            .ToListAsync(cancellationToken);
        var defaultCulture = taxonomy.Site.DefaultCulture;
        return rows.GroupBy(r => r.Type, StringComparer.Ordinal).ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<Choice>)[.. t.GroupBy(r => r.ContentId, StringComparer.Ordinal)
                .Select(g => g.OrderBy(r => r.Culture == defaultCulture ? 0 : 1).ThenBy(r => r.Culture, StringComparer.Ordinal).First())
                .Select(r => new Choice(r.ContentId, $"{r.Title} ({r.ContentId})"))
                .OrderBy(c => c.Label, StringComparer.CurrentCultureIgnoreCase)],
            StringComparer.Ordinal);
    }

    private static List<Choice> Numbered(IReadOnlyDictionary<int, NumberedTerm> terms) =>
        [.. terms.Values.OrderBy(t => t.Number).Select(t => new Choice(t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{t.Number}. {t.Name.In(Admin)}"))];
}
