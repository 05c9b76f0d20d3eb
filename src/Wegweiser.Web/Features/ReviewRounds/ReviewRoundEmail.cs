using System.Globalization;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// The request to check one's entries, and the one reminder, in plain German, with the provider's
/// language as a second part when it is known. The texts are resources (<see cref="EmailTemplates"/>:
/// <c>Email.ReviewRequest.*</c>, <c>Email.ReviewReminder.*</c>); the county's name comes from
/// <see cref="CountyOptions.Name"/>.
/// </summary>
public sealed class ReviewRoundEmail(IOptions<WegweiserOptions> options)
{
    public const string Purpose = "review-request";
    public const string ReminderPurpose = "review-reminder";

    /// <summary>The request: {0} the link, {1} the date the link ends, {2} how many entries, {3} the county.</summary>
    public EmailMessage Request(string to, string link, int entries, DateTime expiresLocal, string? culture = null) =>
        EmailTemplates.Compose(to, "ReviewRequest", Purpose, culture, c =>
            [link, EmailTemplates.Date(expiresLocal, c), Entries(entries, c), options.Value.County.Name]);

    /// <summary>The reminder: {0} the link, {1} the date the link ends.</summary>
    public static EmailMessage Reminder(string to, string link, DateTime expiresLocal, string? culture = null) =>
        EmailTemplates.Compose(to, "ReviewReminder", ReminderPurpose, culture, c => [link, EmailTemplates.Date(expiresLocal, c)]);

    private static string Entries(int count, CultureInfo culture) => count == 1
        ? EmailTemplates.Text("Email.ReviewRequest.OneEntry", culture)
        : EmailTemplates.Text("Email.ReviewRequest.Entries", culture, count);
}
