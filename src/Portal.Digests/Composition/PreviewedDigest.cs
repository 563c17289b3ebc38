using MimeKit;

namespace Portal.Digests.Composition;

/// <summary>
/// A digest composed for a look, never recorded: the items it lists, and its mail (null when there
/// is nothing to list). <see cref="Sample"/> marks a digest over the latest items of the member's
/// clusters, made because the member has nothing new. <see cref="Waiting"/> counts digests composed
/// earlier and not yet sent: the next pass sends those first.
/// </summary>
public sealed record PreviewedDigest(IReadOnlyList<LiveItem> Items, MimeMessage? Message, bool Sample, DateTime WindowStartUtc, int Waiting)
{
    public string Subject => Message?.Subject ?? "";
    public string Html => Message?.HtmlBody ?? "";
    public string Text => Message?.TextBody ?? "";
}
