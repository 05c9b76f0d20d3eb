using System.Threading.Channels;

namespace Wegweiser.Web.Features.Email;

/// <summary>
/// Messages waiting for <see cref="EmailDeliveryService"/>. Pages hand mail over here and answer at
/// once, so a page takes as long whether or not a message goes out (a form that answers "if the
/// address is known, we sent a link" must not give that away by its speed), and a slow mail
/// server never holds up a page. Messages still waiting when the site stops are lost; a person
/// simply asks again.
/// </summary>
public sealed class EmailOutbox
{
    private readonly Channel<EmailMessage> _queue = Channel.CreateBounded<EmailMessage>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a message; false when the queue is full (the message is dropped).</summary>
    public bool Enqueue(EmailMessage message) => _queue.Writer.TryWrite(message);

    internal ChannelReader<EmailMessage> Reader => _queue.Reader;
}
