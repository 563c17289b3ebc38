using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Digests.Composition;
using Portal.Digests.Mail;
using Portal.Digests.Subscriptions;

namespace Portal.Admin.Digests;

/// <summary>
/// "Send me a test digest": the member's next digest (or, with nothing new, a sample over the latest
/// items of its clusters) to the signed-in editor's own address through the configured delivery,
/// its subject marked <c>[Test]</c>; not in the outbox, no window moved. The audit log is also the
/// rate limit's memory: it counts the editor's tests of the last hour, on every server alike.
/// </summary>
public sealed class TestDigests(PortalDbContext db, DigestPreview preview, MailSender sender, AuditLog audit, IOptions<DigestAdminOptions> options, TimeProvider clock)
{
    public const string SubjectPrefix = "[Test] ";

    /// <summary>When the editor may send the next test, or null when it may now.</summary>
    public async Task<DateTime?> NextAllowedAsync(ClaimsPrincipal editor, CancellationToken cancellationToken)
    {
        var userId = editor.FindFirstValue(ClaimTypes.NameIdentifier);
        var hourAgo = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var recent = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == DigestAuditActions.Test && e.UserId == userId && e.AtUtc > hourAgo)
            .OrderByDescending(e => e.AtUtc)
            .Select(e => e.AtUtc)
            .Take(Math.Max(1, options.Value.TestsPerHour))
            .ToListAsync(cancellationToken);
        return recent.Count >= options.Value.TestsPerHour ? recent[^1].AddHours(1) : null;
    }

    /// <returns>The digest sent; its message is null when the member's clusters never had a published item.</returns>
    /// <exception cref="MailSendException">The delivery did not take the message.</exception>
    public async Task<PreviewedDigest> SendAsync(Subscription subscription, string editorAddress, string baseUrl, CancellationToken cancellationToken)
    {
        var digest = await preview.ComposeAsync(subscription, editorAddress, baseUrl, sampleWhenEmpty: true, cancellationToken);
        if (digest.Message is not { } message)
        {
            return digest;
        }

        message.Subject = SubjectPrefix + message.Subject;
        await sender.SendAsync(message, cancellationToken);
        audit.Record(DigestAuditActions.Test, subscription.Email, $"to {editorAddress}: {digest.Items.Count} item(s){(digest.Sample ? ", a sample of the latest" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return digest;
    }
}
