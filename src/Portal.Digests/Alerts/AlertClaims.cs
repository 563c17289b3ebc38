using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Digests.Members;

namespace Portal.Digests.Alerts;

/// <summary>
/// Matches not yet in any mail, by the address of their alert's account (its key, in lower case), and
/// the one write that gives matches to a mail: only matches still unclaimed are taken, so a match is in one mail.
/// </summary>
public static class AlertClaims
{
    public static async Task<ILookup<string, AlertMatch>> UnclaimedByAddressAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await (
                from match in db.Set<AlertMatch>()
                where match.DigestRecordId == null && match.AlertMailId == null
                join alert in db.Set<SearchAlert>() on match.AlertId equals alert.Id
                where alert.EndedUtc == null
                join user in db.Users on alert.UserId equals user.Id
                select new { Match = match, user.Email })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => (Key: EmailAddresses.Normalize(r.Email) is { } address ? EmailAddresses.Key(address) : null, r.Match))
            .Where(r => r.Key is not null)
            .ToLookup(r => r.Key!, r => r.Match, StringComparer.Ordinal);
    }

    public static Task<int> ToDigestAsync(PortalDbContext db, IReadOnlyCollection<long> matchIds, long digestRecordId, CancellationToken cancellationToken) =>
        db.Set<AlertMatch>().Where(m => matchIds.Contains(m.Id) && m.DigestRecordId == null && m.AlertMailId == null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DigestRecordId, digestRecordId), cancellationToken);

    public static Task<int> ToAlertMailAsync(PortalDbContext db, IReadOnlyCollection<long> matchIds, long alertMailId, CancellationToken cancellationToken) =>
        db.Set<AlertMatch>().Where(m => matchIds.Contains(m.Id) && m.DigestRecordId == null && m.AlertMailId == null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.AlertMailId, alertMailId), cancellationToken);

    /// <summary>Gives back the matches of a digest that will not be sent (its subscription ended first): they go by alert mail instead.</summary>
    public static Task<int> ReleaseAsync(PortalDbContext db, long digestRecordId, CancellationToken cancellationToken) =>
        db.Set<AlertMatch>().Where(m => m.DigestRecordId == digestRecordId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DigestRecordId, (long?)null), cancellationToken);
}
