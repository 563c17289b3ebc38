using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;

namespace Portal.Digests.Members;

/// <summary>The clusters public now (one scheduled for later is not yet one to subscribe to), titled in a culture where a translation exists, else the default culture.</summary>
public sealed class ClusterCatalog(PortalDbContext db, Taxonomy taxonomy, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClusterOption>> ListAsync(string culture, CancellationToken cancellationToken)
    {
        var rows = await (
                from item in PublicContent.Live(db, clock.GetUtcNow().UtcDateTime)
                where item.Type == ContentTypes.Cluster
                join version in db.ContentVersions on new { item.ContentId, item.Culture, Number = item.PublishedVersion!.Value }
                    equals new { version.ContentId, version.Culture, version.Number }
                select new { item.ContentId, item.Culture, version.Title, version.FieldsJson })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.ContentId)
            .Select(g => (g.FirstOrDefault(r => r.Culture == culture) ?? g.FirstOrDefault(r => r.Culture == taxonomy.Site.DefaultCulture) ?? g.First(), Order: Order(g.First().FieldsJson)))
            .OrderBy(x => x.Order).ThenBy(x => x.Item1.Title, StringComparer.CurrentCulture)
            .Select(x => new ClusterOption(x.Item1.ContentId, x.Item1.Title))];
    }

    private static int Order(string fieldsJson)
    {
        using var json = System.Text.Json.JsonDocument.Parse(fieldsJson);
        return json.RootElement.TryGetProperty("order", out var order) && order.TryGetInt32(out var value) ? value : int.MaxValue;
    }
}
