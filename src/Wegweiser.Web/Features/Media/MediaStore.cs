using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Media;

/// <summary>
/// Keeps processed images in the data folder (<c>media/</c>), each under a new random name. Every
/// file is written under a temporary name and renamed when complete, and an image is all or
/// nothing: when the disk is full, no variant and no half-written file of it remains.
/// </summary>
public sealed partial class MediaStore(IOptions<WegweiserOptions> options, IHostEnvironment environment, ILogger<MediaStore> logger)
{
    private const string TemporarySuffix = ".tmp";

    private string Folder => Path.Combine(options.Value.ResolveDataFolder(environment.ContentRootPath), "media");

    /// <summary>Stores every variant of the image; returns its id, or null when the media folder has no room (or cannot be written).</summary>
    public string? Save(ImageResult image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var id = Guid.NewGuid().ToString("N");
        var written = new List<string>();
        try
        {
            System.IO.Directory.CreateDirectory(Folder);
            foreach (var variant in image.Variants)
            {
                var target = Path.Combine(Folder, $"{id}-{variant.Width}.{variant.Extension}");
                written.Add(target + TemporarySuffix);
                using (var file = new FileStream(target + TemporarySuffix, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    file.Write(variant.Bytes);
                    file.Flush(flushToDisk: true);
                }

                File.Move(target + TemporarySuffix, target);
                written.Add(target);
            }

            return id;
        }
        catch (IOException e)
        {
            logger.LogError(e, "Image {Id} could not be stored in the media folder; nothing of it was kept", id);
            foreach (var path in written)
            {
                TryDelete(path);
            }

            return null;
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "A partial media file could not be removed");
        }
    }

    /// <summary>The image ids, newest first.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> Files)> List() =>
        System.IO.Directory.Exists(Folder)
            ? System.IO.Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Where(IsValidName)
                .GroupBy(n => n.Split('-')[0])
                .OrderByDescending(g => g.Max(n => File.GetLastWriteTimeUtc(Path.Combine(Folder, n))))
                .Select(g => (g.Key, (IReadOnlyList<string>)g.Order().ToList())).ToList()
            : [];

    /// <summary>The path of a stored file, or null for any name this store did not make.</summary>
    public string? PathOf(string name) =>
        IsValidName(name) && File.Exists(Path.Combine(Folder, name)) ? Path.Combine(Folder, name) : null;

    private static bool IsValidName(string name) => FileName().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}-[0-9]{1,5}\\.(webp|jpg)$")]
    private static partial Regex FileName();
}
