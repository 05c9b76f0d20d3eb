using System.Security.Cryptography;
using System.Text;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;

namespace Wegweiser.Core.Workflow;

/// <summary>
/// A short fingerprint of a version's content (every text in every language and all data, as
/// <see cref="VersionFields"/> lists them), so a publisher's click can be bound to exactly the text
/// they read: publishing and planning a publication carry the version number and this stamp, and
/// are refused when the version has changed since. Workflow moves and review dates do not change it.
/// </summary>
public static class VersionStamp
{
    /// <summary>The stamp of <paramref name="version"/>'s current content.</summary>
    public static string Of(ContentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = new StringBuilder();
        foreach (var (field, value) in VersionFields.Of(version).Where(f => f.Key != "lastReviewed"))
        {
            // Lengths first, so no two different lists of fields give the same text.
            text.Append(field.Length).Append(':').Append(field).Append(value.Length).Append(':').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 12));
    }

    /// <summary>
    /// Whether the latest version of <paramref name="item"/> is still version <paramref name="number"/>
    /// with the content the stamp <paramref name="stamp"/> was taken from.
    /// </summary>
    public static bool StillAsSeen(ContentItem item, int? number, string? stamp)
    {
        ArgumentNullException.ThrowIfNull(item);
        var latest = item.Latest;
        return number == latest.Number && !string.IsNullOrEmpty(stamp)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stamp), Encoding.ASCII.GetBytes(Of(latest)));
    }
}
