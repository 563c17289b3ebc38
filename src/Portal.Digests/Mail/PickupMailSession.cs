using MimeKit;

namespace Portal.Digests.Mail;

/// <summary>Writes each message as one <c>.eml</c> file, whole or not at all (written aside, then renamed).</summary>
public sealed class PickupMailSession(string folder) : IMailSession
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfffffff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = File.Create(temporary))
            {
                await message.WriteToAsync(stream, cancellationToken);
            }

            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MailSendException($"The pickup folder {folder} cannot be written: {e.Message}", MailFailure.Connection, e);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
