using Portal.Digests.Mail;

namespace Portal.Digests.Composition;

/// <summary>
/// The rendered digests of one pass. Digests of the same culture, clusters and items differ only in
/// the member's two links (unsubscribe, preferences), so each is rendered once with markers in
/// place of the links' tokens, and every member's tokens are put in as it is written: the theme's
/// templates run some hundred times a pass instead of once per member. Each shared rendering is
/// checked by a second one with other markers: a template that does anything with the links but
/// print them (changes their case, cuts them, encodes them) is rendered for each member instead.
/// </summary>
public sealed class DigestRenderings
{
    // A rendered digest is some 100 KiB: a pass keeps at most this many, then starts afresh.
    private const int Capacity = 256;
    private readonly Dictionary<string, MarkedMail?> shared = new(StringComparer.Ordinal);

    public string UnsubscribeMarker { get; } = "u" + Guid.NewGuid().ToString("N");

    public string PreferencesMarker { get; } = "p" + Guid.NewGuid().ToString("N");

    private string CheckMarker { get; } = "c" + Guid.NewGuid().ToString("N");

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
            var check = render(CheckMarker + "u", CheckMarker + "p");
            shared[key] = marked = Same(rendered, check) ? new MarkedMail(rendered, UnsubscribeMarker, PreferencesMarker) : null;
        }

        return marked is null
            ? new MarkedMail(render(unsubscribeToken, preferencesToken)).For()
            : marked.For(Uri.EscapeDataString(unsubscribeToken), Uri.EscapeDataString(preferencesToken));
    }

    /// <summary>Whether the check rendering is the marked one with the check's markers put in, as a member's copy would be.</summary>
    private bool Same(MailContent marked, MailContent check) =>
        Put(marked.Subject) == check.Subject && Put(marked.Html) == check.Html && Put(marked.Text) == check.Text;

    private string Put(string text) => text
        .Replace(UnsubscribeMarker, CheckMarker + "u", StringComparison.Ordinal)
        .Replace(PreferencesMarker, CheckMarker + "p", StringComparison.Ordinal);
}
