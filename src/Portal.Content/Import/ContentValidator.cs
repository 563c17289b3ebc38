using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Content.Import;

/// <summary>
/// The import's rules for one item written outside the content folder (the admin's editor): the
/// same file reader and the same checks across items (<see cref="ImportChecks"/>), run against the
/// few stored items that the item's id, slug and references can collide with. So the editor
/// refuses exactly what an import of the same front matter would refuse.
/// </summary>
public sealed class ContentValidator(ContentFileReader reader, PortalDbContext db)
{
    /// <param name="name">What problems name as the file.</param>
    /// <param name="text">The item as a content file: front matter and body.</param>
    /// <param name="editing">The stored item this text is a new version of; null for a new item.</param>
    public async Task<ContentValidation> CheckAsync(string name, string text, (string ContentId, string Culture)? editing, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        var document = reader.Read(name, Encoding.UTF8.GetBytes(text), problems);
        if (document is null)
        {
            return new ContentValidation(null, problems);
        }

        if (editing is { } own && (document.ContentId, document.Culture) != own)
        {
            problems.Add(new ImportProblem(name, document.IdLine, "id-change", $"this item is '{own.ContentId}' ({own.Culture}); an item keeps its id and culture (write a translation instead)"));
            return new ContentValidation(null, problems);
        }

        var existing = await RelatedItemsAsync(document, cancellationToken);
        if (editing is { } key && existing.TryGetValue(key, out var self))
        {
            // The stored item is the one this text rewrites, as a file that is imported again.
            existing[key] = self with { SourcePath = name };
        }

        var present = existing.Values.Select(x => x.SourcePath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var accepted = new ImportChecks(existing, present.Contains).Accept([document], problems);
        return new ContentValidation(accepted.Count == 1 && problems.Count == 0 ? document : null, problems);
    }

    /// <summary>The item itself, the items holding its slug, and the items it refers to: all that the checks can need.</summary>
    private async Task<Dictionary<(string Id, string Culture), ExistingItem>> RelatedItemsAsync(ContentDocument document, CancellationToken cancellationToken)
    {
        var items = db.ContentItems.AsNoTracking();
        var references = document.References.Select(r => r.ContentId).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<ExistingItem>();
        rows.AddRange(await items.Where(x => x.ContentId == document.ContentId && x.Culture == document.Culture).Select(ExistingItem.Of).ToListAsync(cancellationToken));
        rows.AddRange(await items.Where(x => x.Type == document.Type && x.Culture == document.Culture && x.Slug == document.Slug).Select(ExistingItem.Of).ToListAsync(cancellationToken));
        if (references.Count > 0)
        {
            rows.AddRange(await items.Where(x => references.Contains(x.ContentId)).Select(ExistingItem.Of).ToListAsync(cancellationToken));
        }

        return rows.DistinctBy(x => (x.ContentId, x.Culture)).ToDictionary(x => (x.ContentId, x.Culture));
    }
}
