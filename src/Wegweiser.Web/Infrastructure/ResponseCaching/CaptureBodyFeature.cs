using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// Collects a response body in memory instead of sending it, so the cache can decide after the
/// endpoint ran whether to keep it. Nothing reaches the client until the cache writes it.
/// </summary>
internal sealed class CaptureBodyFeature : IHttpResponseBodyFeature
{
    private readonly MemoryStream _buffer = new();
    private PipeWriter? _writer;

    public Stream Stream => _buffer;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(_buffer, new StreamPipeWriterOptions(leaveOpen: true));

    public long Length => _buffer.Length;

    public ReadOnlySpan<byte> Body => _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);

    public ReadOnlyMemory<byte> Memory => _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);

    public void DisableBuffering()
    {
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(_buffer, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.FlushAsync();
        }
    }
}
