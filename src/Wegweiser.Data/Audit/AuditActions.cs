namespace Wegweiser.Data.Audit;

/// <summary>
/// Every action the audit trail knows, written once. The values are stored in
/// <see cref="AuditEntry.Action"/> and name the resources <c>Editor.Audit.{action}</c>, so they
/// never change: old rows stay readable and their labels keep working.
/// </summary>
public static class AuditActions
{
    public const string EntryCreated = "entry.created";
    public const string EntrySaved = "entry.saved";

    /// <summary>Changes taken over from a spreadsheet (Features/Sheets).</summary>
    public const string EntryImported = "entry.imported";

    public const string WorkflowSubmitted = "workflow.submitted";
    public const string WorkflowPublished = "workflow.published";
    public const string WorkflowSentBack = "workflow.sentback";

    /// <summary>A version in review rejected with a reason and closed (see <c>ContentItem.RejectInReview</c>).</summary>
    public const string WorkflowRejected = "workflow.rejected";
    public const string WorkflowEditedBack = "workflow.editedback";
    public const string WorkflowArchived = "workflow.archived";
    public const string WorkflowRestored = "workflow.restored";
    public const string ArchivedEnded = "archived.ended";

    public const string ReviewConfirmed = "review.confirmed";
    public const string ReviewProviderConfirmed = "review.provider-confirmed";
    public const string ReviewProviderChanged = "review.provider-changed";

    public const string SchedulePublish = "schedule.publish";
    public const string ScheduleArchive = "schedule.archive";
    public const string ScheduleCancelled = "schedule.cancelled";
    public const string SchedulePublishDone = "schedule.publish.done";
    public const string ScheduleArchiveDone = "schedule.archive.done";
    public const string SchedulePublishRefused = "schedule.publish.refused";
    public const string ScheduleArchiveRefused = "schedule.archive.refused";

    public const string MistakeReportAccepted = "suggestion.accepted";
    public const string MistakeReportRejected = "suggestion.rejected";
    public const string ContactRequestPassedOn = "contact-request.passed-on";

    /// <summary>A claim of an entry was confirmed through the entry's address, approved or rejected by staff (Features/Providers).</summary>
    public const string ClaimConfirmed = "claim.confirmed";
    public const string ClaimApproved = "claim.approved";
    public const string ClaimRejected = "claim.rejected";

    /// <summary>A provider invited someone to, or removed someone from, an organisation's entries.</summary>
    public const string ProviderInvited = "provider.invited";
    public const string ProviderRemoved = "provider.removed";

    public const string TranslationSaved = "translation.saved";
    public const string TranslationSuggested = "translation.suggested";
    public const string TranslationImported = "translation.imported";

    /// <summary>Names of taxonomy terms (topics, needs …) in one language were corrected or checked.</summary>
    public const string TermNamesSaved = "terms.names-saved";

    public const string RecipeApplied = "recipe.applied";

    public const string AccountCreated = "account.created";
    public const string AccountRole = "account.role";
    public const string AccountOrganisations = "account.organisations";
    public const string AccountDisabled = "account.disabled";
    public const string AccountEnabled = "account.enabled";
    public const string AccountTwoFactorReset = "account.two-factor-reset";

    /// <summary>A calendar subscription was added to or removed from an organisation.</summary>
    public const string CalendarAdded = "calendar.added";
    public const string CalendarRemoved = "calendar.removed";

    /// <summary>A registration from the public form: its address confirmed (the entry made), and a publisher's decision on it.</summary>
    public const string RegistrationConfirmed = "registration.confirmed";
    public const string RegistrationApproved = "registration.approved";
    public const string RegistrationSentBack = "registration.sentback";
    public const string RegistrationRejected = "registration.rejected";

    /// <summary>All actions above; the writer refuses any other.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        EntryCreated, EntrySaved, EntryImported,
        WorkflowSubmitted, WorkflowPublished, WorkflowSentBack, WorkflowRejected, WorkflowEditedBack, WorkflowArchived, WorkflowRestored, ArchivedEnded,
        ReviewConfirmed, ReviewProviderConfirmed, ReviewProviderChanged,
        SchedulePublish, ScheduleArchive, ScheduleCancelled, SchedulePublishDone, ScheduleArchiveDone, SchedulePublishRefused, ScheduleArchiveRefused,
        MistakeReportAccepted, MistakeReportRejected, ContactRequestPassedOn,
        ClaimConfirmed, ClaimApproved, ClaimRejected, ProviderInvited, ProviderRemoved,
        TranslationSaved, TranslationSuggested, TranslationImported, TermNamesSaved,
        RecipeApplied,
        AccountCreated, AccountRole, AccountOrganisations, AccountDisabled, AccountEnabled, AccountTwoFactorReset,
        CalendarAdded, CalendarRemoved,
        RegistrationConfirmed, RegistrationApproved, RegistrationSentBack, RegistrationRejected,
    };

    /// <summary>A publication or archiving was planned.</summary>
    public static string Scheduled(ScheduledActionKind kind) => kind switch
    {
        ScheduledActionKind.Publish => SchedulePublish,
        ScheduledActionKind.Archive => ScheduleArchive,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The scheduled job carried out (<paramref name="done"/>) or refused a plan.</summary>
    public static string ScheduleCarriedOut(ScheduledActionKind kind, bool done) => kind switch
    {
        ScheduledActionKind.Publish => done ? SchedulePublishDone : SchedulePublishRefused,
        ScheduledActionKind.Archive => done ? ScheduleArchiveDone : ScheduleArchiveRefused,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>An editor decided on a visitor's suggestion.</summary>
    public static string Decided(MistakeReportState state) => state switch
    {
        MistakeReportState.Accepted => MistakeReportAccepted,
        MistakeReportState.Rejected => MistakeReportRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
