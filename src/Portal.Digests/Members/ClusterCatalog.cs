using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Digests.Members;

/// <summary>The clusters public now (one scheduled for later is not yet one to subscribe to), titled in a culture where a translation exists, else the default culture.</summary>
public sealed class ClusterCatalog(PortalDbContext db, Taxonomy taxonomy, ContentTypeCatalog types, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClusterOption>> ListAsync(string culture, CancellationToken cancellationToken)
    {
        var rows = await PublicContent.Live(db, clock.GetUtcNow().UtcDateTime)
            .Where(item => item.Type == ContentTypes.Cluster)
            .WithPublicVersion(db, (item, version) => new { item.ContentId, item.Culture, version.Title, version.FieldsJson })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.ContentId)
            .Select(g => (g.FirstOrDefault(r => r.Culture == culture) ?? g.FirstOrDefault(r => r.Culture == taxonomy.Site.DefaultCulture) ?? g.First(), Order: Order(types[ContentTypes.Cluster], g.First().FieldsJson)))
            .OrderBy(x => x.Order).ThenBy(x => x.Item1.Title, StringComparer.CurrentCulture)
            .Select(x => new ClusterOption(x.Item1.ContentId, x.Item1.Title, x.Item1.Culture))];
    }

    /// <summary>The editors' order where the type has one; unordered items after the ordered ones.</summary>
    private static double Order(ContentTypeDescriptor type, string fieldsJson) =>
        type.OrderField is { } field ? ContentFields.Parse(fieldsJson).Number(field) ?? double.MaxValue : double.MaxValue;
}
