using Portal.Content.Model;

namespace Portal.Content.Import;

/// <summary>
/// The rules that need every file at once: ids and slugs are unique, an item keeps its type, and
/// every reference names an item that exists (in the store or in this import).
/// </summary>
/// <param name="isPresent">Whether a stored item's file (its <c>SourcePath</c>) is still there, read or not, so that a file that moved is told from a duplicate.</param>
internal sealed class ImportChecks(Dictionary<(string Id, string Culture), ExistingItem> existing, Func<string, bool> isPresent)
{
    public List<ContentDocument> Accept(List<ContentDocument> documents, List<ImportProblem> problems)
    {
        var refused = new HashSet<ContentDocument>();
        void Refuse(ContentDocument document, int line, string rule, string message)
        {
            refused.Add(document);
            problems.Add(new ImportProblem(document.RelativePath, line, rule, message));
        }

        foreach (var group in documents.GroupBy(d => (d.ContentId, d.Culture)).Where(g => g.Count() > 1))
        {
            foreach (var document in group)
            {
                var others = string.Join(", ", group.Where(d => d != document).Select(d => d.RelativePath));
                Refuse(document, document.IdLine, "duplicate-id", $"the id '{document.ContentId}' ({document.Culture}) is also used by {others}");
            }
        }

        foreach (var document in documents)
        {
            if (!existing.TryGetValue((document.ContentId, document.Culture), out var item))
            {
                continue;
            }

            if (item.Type != document.Type)
            {
                Refuse(document, document.IdLine, "type-change", $"the id '{document.ContentId}' belongs to a {item.Type}; an item cannot change its type");
            }
            else if (item.SourcePath != document.RelativePath && (item.SourcePath is null || isPresent(item.SourcePath)))
            {
                var owner = item.SourcePath ?? "an item written in the admin";
                Refuse(document, document.IdLine, "duplicate-id", $"the id '{document.ContentId}' ({document.Culture}) is already used by {owner}");
            }
        }

        CheckSlugs(documents.Where(d => !refused.Contains(d)).ToList(), Refuse);
        var accepted = documents.Where(d => !refused.Contains(d)).ToList();
        CheckReferences(accepted, problems);
        return accepted;
    }

    private void CheckSlugs(List<ContentDocument> documents, Action<ContentDocument, int, string, string> refuse)
    {
        var incoming = documents.Select(d => (d.ContentId, d.Culture)).ToHashSet();
        var owners = existing.Values
            .Where(x => !incoming.Contains((x.ContentId, x.Culture)))
            .GroupBy(x => (x.Type, x.Culture, x.Slug))
            .ToDictionary(g => g.Key, g => g.First().ContentId);
        foreach (var group in documents.GroupBy(d => (d.Type, d.Culture, d.Slug)))
        {
            var clash = group.Count() > 1 || owners.ContainsKey(group.Key);
            if (!clash)
            {
                continue;
            }

            foreach (var document in group)
            {
                var others = group.Where(d => d != document).Select(d => d.RelativePath)
                    .Concat(owners.TryGetValue(group.Key, out var owner) ? [$"the item '{owner}'"] : []);
                refuse(document, document.SlugLine, "duplicate-slug", $"the slug '{document.Slug}' of this {document.Type} ({document.Culture}) is also used by {string.Join(", ", others)}");
            }
        }
    }

    /// <summary>Refuses documents whose references do not resolve, again and again, since refusing one may break another's reference.</summary>
    private void CheckReferences(List<ContentDocument> accepted, List<ImportProblem> problems)
    {
        var storeTypes = existing.Values.Where(x => x.Status != ContentStatus.Archived)
            .GroupBy(x => x.ContentId).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        while (true)
        {
            var known = new Dictionary<string, string>(storeTypes, StringComparer.Ordinal);
            foreach (var document in accepted)
            {
                known[document.ContentId] = document.Type;
            }

            var broken = new List<ContentDocument>();
            foreach (var document in accepted)
            {
                foreach (var reference in document.References)
                {
                    if (!known.TryGetValue(reference.ContentId, out var type) || !reference.AllowedTypes.Contains(type))
                    {
                        var expected = string.Join(" or ", reference.AllowedTypes);
                        problems.Add(new ImportProblem(document.RelativePath, reference.Line, "unknown-reference",
                            $"'{reference.ContentId}' in '{reference.Field}' is not a known {expected}"));
                        broken.Add(document);
                    }
                }
            }

            if (broken.Count == 0)
            {
                return;
            }

            accepted.RemoveAll(broken.Contains);
        }
    }
}
