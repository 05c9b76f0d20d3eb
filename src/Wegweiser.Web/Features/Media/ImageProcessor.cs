using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace Wegweiser.Web.Features.Media;

/// <summary>
/// Turns an uploaded photo or logo into safe, small files. ImageSharp 2.1 has open advisories
/// (ICC profile parsing, TIFF encoder …) fixed only in paid versions, so this class: accepts only
/// JPEG, PNG and WebP (no other decoders are registered); checks the file size and the pixel count
/// (from the header, before decoding); caps the memory a decode may take; never reads metadata
/// (EXIF, ICC, XMP are ignored by the decoders and not written); and re-encodes everything.
/// </summary>
public sealed class ImageProcessor
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPixels = 40_000_000;
    public const int MaxSide = 12_000;
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1280];

    private readonly Configuration _configuration;

    public ImageProcessor()
    {
        _configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = 256 }),
        };
        _configuration.ImageFormatsManager.SetDecoder(JpegFormat.Instance, new JpegDecoder { IgnoreMetadata = true });
        _configuration.ImageFormatsManager.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        _configuration.ImageFormatsManager.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
    }

    /// <summary>Re-encoded variants (WebP and JPEG per width), or the German reason for refusing the file.</summary>
    public ImageResult Process(Stream upload, long length)
    {
        if (length <= 0)
        {
            return ImageResult.Refused("Media.Error.Empty");
        }

        if (length > MaxBytes)
        {
            return ImageResult.Refused("Media.Error.TooLarge");
        }

        try
        {
            using var buffer = new MemoryStream();
            upload.CopyTo(buffer);
            buffer.Position = 0;
            var info = Image.Identify(_configuration, buffer, out var format);
            if (info is null || format is null)
            {
                return ImageResult.Refused("Media.Error.NotAnImage");
            }

            if (info.Width <= 0 || info.Height <= 0 || info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels)
            {
                return ImageResult.Refused("Media.Error.TooManyPixels");
            }

            buffer.Position = 0;
            using var image = Image.Load(_configuration, buffer);
            image.Metadata.ExifProfile = null;
            image.Metadata.IccProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;
            var variants = new List<ImageVariant>();
            foreach (var width in Widths.Where(w => w <= image.Width).DefaultIfEmpty(image.Width).Distinct())
            {
                using var resized = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(width, 0), Mode = ResizeMode.Max }));
                variants.Add(new ImageVariant(width, "webp", Encode(resized, new WebpEncoder { Quality = 80 })));
                variants.Add(new ImageVariant(width, "jpg", Encode(resized, new JpegEncoder { Quality = 82 })));
            }

            return ImageResult.Ok(variants, image.Width, image.Height);
        }
        catch (UnknownImageFormatException)
        {
            return ImageResult.Refused("Media.Error.NotAnImage");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hostile input meets a decoder here: whatever it throws, the file is refused, never the site.
            return ImageResult.Refused("Media.Error.Damaged");
        }
    }

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
