using System.Buffers;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Wegweiser.Tests.SmtpSink;

/// <summary>
/// Writes each received message unchanged as <c>&lt;time&gt;-&lt;guid&gt;.eml</c>. The file appears
/// under its final name only when it is complete (written as .tmp, then renamed), so a test that
/// polls the folder never reads half a message.
/// </summary>
public sealed class FolderMessageStore(string folder) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var file = File.Create(temporary))
        {
            foreach (var segment in buffer)
            {
                await file.WriteAsync(segment, cancellationToken);
            }
        }

        File.Move(temporary, Path.Combine(folder, name + ".eml"));
        return SmtpResponse.Ok;
    }
}
