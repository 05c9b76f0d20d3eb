using System.IO.Compression;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// One culture's export: the HSDS tabular data package (one CSV per table and
/// <c>datapackage.json</c>) and the JSON form, as file name and content, at one change version.
/// </summary>
public sealed record HsdsPackage(string Culture, long Version, DateTime DataDateUtc, IReadOnlyDictionary<string, byte[]> Files)
{
    /// <summary>Writes every file into <paramref name="folder"/> (created when missing).</summary>
    public async Task WriteToAsync(string folder, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, ct);
        }
    }

    /// <summary>All files as one zip archive.</summary>
    public byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in Files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(DataDateUtc, DateTimeKind.Utc));
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
