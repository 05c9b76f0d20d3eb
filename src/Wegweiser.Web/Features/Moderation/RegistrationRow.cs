using Wegweiser.Core.Content;
using Wegweiser.Data.Registrations;

namespace Wegweiser.Web.Features.Moderation;

/// <summary>One registration in the queue: the entry as it now stands, and its contact person (staff only).</summary>
public sealed record RegistrationRow(
    long Id, ContentType Type, string Key, string Title, string? Summary, string ContactName, string ContactEmail,
    DateTime WaitingSinceUtc, RegistrationState State, string? Comment, int Version, string Stamp);
