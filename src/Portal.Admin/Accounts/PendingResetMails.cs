using System.Threading.Channels;

namespace Portal.Admin.Accounts;

/// <summary>
/// Reset mails wait here to be sent after the answer has gone, so that the forgot-password page
/// answers as fast for an address with an account as for one without: its timing tells nothing.
/// </summary>
public sealed class PendingResetMails
{
    // Far above what the page's rate limit lets through; a full queue drops the request, which the user can repeat.
    private readonly Channel<ResetMailRequest> requests = Channel.CreateBounded<ResetMailRequest>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool TryAdd(ResetMailRequest request) => requests.Writer.TryWrite(request);

    public IAsyncEnumerable<ResetMailRequest> ReadAllAsync(CancellationToken cancellationToken) => requests.Reader.ReadAllAsync(cancellationToken);
}
