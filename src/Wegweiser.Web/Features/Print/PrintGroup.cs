using Wegweiser.Web.Features.Directory;

namespace Wegweiser.Web.Features.Print;

/// <summary>The printed entries of one type, and how many match in all (more when the list was capped).</summary>
public sealed record PrintGroup(DirectorySection Section, IReadOnlyList<PrintEntry> Entries, int Total);
