using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Digests.Members;

namespace Portal.Digests.Alerts;

/// <summary>An account's search alerts: reading a saved search from a form, saving it within the cap, listing and ending them.</summary>
public sealed class AlertService(PortalDbContext db, ClusterCatalog catalog, Taxonomy taxonomy, ContentTypeCatalog types, IOptions<DigestOptions> options, TimeProvider clock)
{
    /// <summary>The search in <paramref name="form"/> (fields <c>q</c>, <c>type</c>, <c>cluster</c>, <c>country</c>, <c>hazard</c>, <c>culture</c>), or what is wrong with it.</summary>
    public async Task<(AlertRequest? Request, List<string> Problems)> ReadAsync(IEnumerable<KeyValuePair<string, StringValues>> form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal);
        var problems = new List<string>();
        string? Field(string name) => fields.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;
        var query = string.Join(' ', (Field("q") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length > SearchAlert.QueryLength)
        {
            problems.Add($"A saved query is at most {SearchAlert.QueryLength} characters.");
        }

        var type = Field("type");
        if (type is not null && !types.IsKnown(type))
        {
            problems.Add($"'{type}' is not a content type of this portal.");
        }

        var cluster = Field("cluster");
        if (cluster is not null && !(await catalog.ListAsync(taxonomy.Site.DefaultCulture, cancellationToken)).Any(c => c.Id == cluster))
        {
            problems.Add($"'{cluster}' is not a cluster of this portal.");
        }

        var country = Field("country")?.ToUpperInvariant();
        if (country is not null && !taxonomy.Countries.ContainsKey(country))
        {
            problems.Add($"'{country}' is not a country code of this portal.");
        }

        var hazard = Field("hazard");
        if (hazard is not null && !taxonomy.Hazards.ContainsKey(hazard))
        {
            problems.Add($"'{hazard}' is not a hazard of this portal.");
        }

        var culture = Field("culture") ?? taxonomy.Site.DefaultCulture;
        if (!taxonomy.Site.Cultures.Contains(culture))
        {
            problems.Add($"'{culture}' is not a language of this portal.");
        }

        if (query.Length == 0 && type is null && cluster is null && country is null && hazard is null)
        {
            problems.Add("An alert needs words to look for or at least one filter: an empty search would send everything.");
        }

        return problems.Count > 0 ? (null, problems) : (new AlertRequest(query, type, cluster, country, hazard, culture), problems);
    }

    public Task<List<SearchAlert>> ActiveAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<SearchAlert>().AsNoTracking().Where(a => a.UserId == userId && a.EndedUtc == null).OrderBy(a => a.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>Saves the alert; the same search saved again is the alert already there. Null with the reason when the account has its cap.</summary>
    public async Task<(SearchAlert? Alert, string? Problem)> SaveAsync(string userId, AlertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var active = await ActiveAsync(userId, cancellationToken);
        if (active.FirstOrDefault(a => a.Query == request.Query && a.Type == request.Type && a.Cluster == request.Cluster
            && a.Country == request.Country && a.Hazard == request.Hazard && a.Culture == request.Culture) is { } same)
        {
            return (same, null);
        }

        var cap = Math.Max(1, options.Value.AlertsPerAccount);
        if (active.Count >= cap)
        {
            return (null, $"An account has at most {cap} search alerts: remove one before saving another.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var alert = new SearchAlert
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Query = request.Query,
            Type = request.Type,
            Cluster = request.Cluster,
            Country = request.Country,
            Hazard = request.Hazard,
            Culture = request.Culture,
            CreatedUtc = now,
            MatchedUntilUtc = now,
        };
        db.Add(alert);
        await db.SaveChangesAsync(cancellationToken);
        return (alert, null);
    }

    /// <summary>Ends one alert of this account, saving with it what the context holds (an audit entry); false when it has no such active alert.</summary>
    public async Task<bool> EndAsync(string userId, Guid alertId, CancellationToken cancellationToken)
    {
        var alert = await db.Set<SearchAlert>().FirstOrDefaultAsync(a => a.Id == alertId && a.UserId == userId && a.EndedUtc == null, cancellationToken);
        if (alert is null)
        {
            return false;
        }

        alert.EndedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends an alert found by its mail's link.</summary>
    public Task<bool> EndAsync(SearchAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return EndAsync(alert.UserId, alert.Id, cancellationToken);
    }
}
