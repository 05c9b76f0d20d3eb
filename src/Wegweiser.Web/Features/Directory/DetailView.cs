using Microsoft.AspNetCore.Html;

namespace Wegweiser.Web.Features.Directory;

/// <summary>What the detail partial shows: the entry, its rendered body, when it was last reviewed, and whether the viewer sees internal contacts.</summary>
public sealed record DetailView(EntryDetail Detail, IHtmlContent BodyHtml, string? LastReviewed, bool ShowInternalContact);
