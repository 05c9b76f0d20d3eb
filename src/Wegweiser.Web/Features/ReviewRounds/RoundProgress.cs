using Wegweiser.Data.ReviewRounds;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>A round's entries by outcome: confirmed, changed, no answer yet, address bounced; and its emails.</summary>
public sealed record RoundProgress(int Confirmed, int Changed, int NoAnswer, int Bounced, int Requests, int Sent, int Reminded)
{
    public int Entries => Confirmed + Changed + NoAnswer + Bounced;

    public static RoundProgress Of(ReviewRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var entries = round.Requests.SelectMany(r => r.Entries.Select(e => (r.Bounced, e.Answer))).ToList();
        return new RoundProgress(
            entries.Count(e => e.Answer == ReviewAnswer.Confirmed),
            entries.Count(e => e.Answer == ReviewAnswer.Changed),
            entries.Count(e => e.Answer == ReviewAnswer.None && !e.Bounced),
            entries.Count(e => e.Answer == ReviewAnswer.None && e.Bounced),
            round.Requests.Count,
            round.Requests.Count(r => r.SentUtc is not null),
            round.Requests.Count(r => r.ReminderSentUtc is not null));
    }
}
