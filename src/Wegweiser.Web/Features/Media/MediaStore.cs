using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Media;

/// <summary>Keeps processed images in the data folder (<c>media/</c>), each under a new random name.</summary>
public sealed partial class MediaStore(IOptions<WegweiserOptions> options, IHostEnvironment environment)
{
    private string Folder => Path.Combine(options.Value.ResolveDataFolder(environment.ContentRootPath), "media");

    public string Save(ImageResult image)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        foreach (var variant in image.Variants)
        {
            File.WriteAllBytes(Path.Combine(Folder, $"{id}-{variant.Width}.{variant.Extension}"), variant.Bytes);
        }

        return id;
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
