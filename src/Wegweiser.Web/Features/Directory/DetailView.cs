using Wegweiser.Web.Features.Directory.Glossary;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// What the detail partial shows: the entry, its texts with glossary terms linked, when it was last
/// reviewed, whether the viewer sees internal contacts, and on a glossary term's page the entries using it.
/// </summary>
public sealed record DetailView(EntryDetail Detail, LinkedTexts Texts, string? LastReviewed, bool ShowInternalContact, IReadOnlyList<GlossaryUser>? UsedBy = null);
