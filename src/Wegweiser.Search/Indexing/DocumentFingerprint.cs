using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// A 64-bit fingerprint of everything one <see cref="SearchDocument"/> puts into the index, mixed
/// with the build of this assembly (analyzers and field layout live here). Every document carries
/// its fingerprint in the index (<see cref="SearchFields.Fingerprint"/>), so the sum over an
/// index's live documents tells, without rebuilding, whether it holds exactly the documents the
/// database gives now: at start-up an index that does is kept as it is.
/// </summary>
public static class DocumentFingerprint
{
    private static readonly byte[] Build = typeof(DocumentFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>The fingerprint of one document.</summary>
    public static long Of(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Build);
        Append(hash, document.Key);
        Append(hash, document.Type.ToString());
        Append(hash, document.Title);
        Append(hash, document.Summary);
        Append(hash, document.Body);
        Append(hash, document.Url);
        Append(hash, document.IsFallback ? "1" : "0");
        Append(hash, document.FreeOfCharge ? "1" : "0");
        Append(hash, document.WheelchairAccessible ? "1" : "0");
        foreach (var list in new[] { document.Topics, document.Towns, document.TargetGroups, document.Languages })
        {
            Append(hash, list.Count);
            foreach (var value in list)
            {
                Append(hash, value);
            }
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadInt64LittleEndian(digest);
    }

    /// <summary>How many documents and the sum of their fingerprints (order does not matter).</summary>
    public static (int Count, long Sum) Of(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = 0;
        var sum = 0L;
        foreach (var document in documents)
        {
            count++;
            sum = unchecked(sum + Of(document));
        }

        return (count, sum);
    }

    private static void Append(IncrementalHash hash, int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        hash.AppendData(bytes);
    }

    /// <summary>Length first (−1 for none), so that no two different field sequences hash alike.</summary>
    private static void Append(IncrementalHash hash, string? text)
    {
        if (text is null)
        {
            Append(hash, -1);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        Append(hash, bytes.Length);
        hash.AppendData(bytes);
    }
}
