using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Admin.Content;

/// <summary>The names (display name, else email) of the users that authored or own what a page shows.</summary>
public sealed class UserNames(PortalDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.UserName }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, StringComparer.Ordinal);
    }
}
