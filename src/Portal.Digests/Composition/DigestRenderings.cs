using Portal.Digests.Mail;

namespace Portal.Digests.Composition;

/// <summary>
/// The rendered digests of one pass. Digests of the same culture, clusters and items differ only in
/// the member's two links (unsubscribe, preferences), so each is rendered once with markers in
/// place of the links' tokens, and every member's tokens are put in as it is written: the theme's
/// templates run some hundred times a pass instead of once per member. A template that alters the
/// links, so that the markers do not come out as written, is rendered for each member instead.
/// </summary>
public sealed class DigestRenderings
{
    // A rendered digest is some 100 KiB: a pass keeps at most this many, then starts afresh.
    private const int Capacity = 256;
    private readonly Dictionary<string, MarkedMail?> shared = new(StringComparer.Ordinal);

    public string UnsubscribeMarker { get; } = "u" + Guid.NewGuid().ToString("N");

    public string PreferencesMarker { get; } = "p" + Guid.NewGuid().ToString("N");

    /// <param name="key">What the mail depends on besides the two links.</param>
    /// <param name="render">Renders the mail with the given unsubscribe and preferences tokens in its links.</param>
    public (string Subject, MimeKit.MimeEntity Body) Get(string key, string unsubscribeToken, string preferencesToken, Func<string, string, MailContent> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (!shared.TryGetValue(key, out var marked))
        {
            if (shared.Count >= Capacity)
            {
                shared.Clear();
            }

            var rendered = render(UnsubscribeMarker, PreferencesMarker);
            shared[key] = marked = AsWritten(rendered) ? new MarkedMail(rendered, UnsubscribeMarker, PreferencesMarker) : null;
        }

        return marked is null
            ? new MarkedMail(render(unsubscribeToken, preferencesToken)).For()
            : marked.For(Uri.EscapeDataString(unsubscribeToken), Uri.EscapeDataString(preferencesToken));
    }

    private bool AsWritten(MailContent mail)
    {
        var all = string.Concat(mail.Subject, mail.Html, mail.Text);
        return Count(all, UnsubscribeMarker, StringComparison.Ordinal) == Count(all, UnsubscribeMarker, StringComparison.OrdinalIgnoreCase)
            && Count(all, PreferencesMarker, StringComparison.Ordinal) == Count(all, PreferencesMarker, StringComparison.OrdinalIgnoreCase);
    }

    private static int Count(string text, string marker, StringComparison comparison)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, comparison); at >= 0; at = text.IndexOf(marker, at + marker.Length, comparison))
        {
            count++;
        }

        return count;
    }
}
