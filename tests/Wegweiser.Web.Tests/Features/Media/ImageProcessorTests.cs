using SixLabors.ImageSharp;
using Wegweiser.Web.Features.Media;

namespace Wegweiser.Web.Tests.Features.Media;

/// <summary>Only valid JPEG, PNG and WebP get through, re-encoded and without metadata; everything else is refused with a reason.</summary>
public class ImageProcessorTests
{
    private readonly ImageProcessor _processor = new();

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("webp")]
    public void Valid_images_are_re_encoded_in_several_widths_as_WebP_and_JPEG(string format)
    {
        var result = Process(TestImages.Make(format));

        Assert.True(result.Succeeded, result.ErrorKey);
        Assert.Equal([320, 320, 640, 640], result.Variants.Select(v => v.Width).Order());
        Assert.Equal(["jpg", "jpg", "webp", "webp"], result.Variants.Select(v => v.Extension).Order());
        Assert.All(result.Variants, v => Assert.Equal(v.Width, Image.Identify(v.Bytes).Width));
    }

    [Fact]
    public void Metadata_such_as_EXIF_is_not_carried_over()
    {
        var result = Process(TestImages.Make("jpeg", withGps: true));

        Assert.True(result.Succeeded);
        Assert.All(result.Variants.Where(v => v.Extension == "jpg"), v => Assert.Null(Image.Identify(v.Bytes).Metadata.ExifProfile));
        Assert.All(result.Variants, v => Assert.False(System.Text.Encoding.Latin1.GetString(v.Bytes).Contains("Geheime Person")));
    }

    [Fact]
    public void A_small_image_is_not_enlarged()
    {
        var result = Process(TestImages.Make("png", 200, 100));

        Assert.Equal([200, 200], result.Variants.Select(v => v.Width));
    }

    [Theory]
    [InlineData(13_000, 10)]
    [InlineData(7_000, 7_000)]
    [InlineData(65_000, 65_000)]
    public void Too_many_pixels_are_refused_before_decoding(int width, int height)
    {
        var result = Process(TestImages.PngClaiming(width, height));

        Assert.Equal("Media.Error.TooManyPixels", result.ErrorKey);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_refused_unread()
    {
        var result = _processor.Process(new MemoryStream([1, 2, 3]), ImageProcessor.MaxBytes + 1);

        Assert.Equal("Media.Error.TooLarge", result.ErrorKey);
    }

    [Theory]
    [InlineData("Das ist ein Text und kein Bild.")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("BM\u0000\u0000")]
    public void Files_that_are_not_JPEG_PNG_or_WebP_are_refused(string content)
    {
        var result = Process(System.Text.Encoding.Latin1.GetBytes(content));

        Assert.Equal("Media.Error.NotAnImage", result.ErrorKey);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("webp")]
    public void A_truncated_file_is_refused_or_processed_but_never_crashes(string format)
    {
        var bytes = TestImages.Make(format);

        var result = Process(bytes[..(bytes.Length / 3)]);

        Assert.True(result.Succeeded || result.ErrorKey is "Media.Error.Damaged" or "Media.Error.NotAnImage", result.ErrorKey);
    }

    [Fact]
    public void The_decompression_bomb_header_is_refused()
    {
        Assert.False(Process(TestImages.PngClaiming(50_000, 50_000)).Succeeded);
    }

    /// <summary>
    /// A few thousand randomly corrupted variants of valid files: each is processed or refused with
    /// a reason, and none throws. The seed is fixed, so a failure can be reproduced.
    /// </summary>
    [Theory]
    [InlineData("jpeg", 11)]
    [InlineData("png", 12)]
    [InlineData("webp", 13)]
    public void Randomly_corrupted_files_never_crash_the_processor(string format, int seed)
    {
        var original = TestImages.Make(format, 160, 120);
        var random = new Random(seed);
        var outcomes = new Dictionary<string, int>();

        for (var i = 0; i < 1000; i++)
        {
            var bytes = (byte[])original.Clone();
            switch (i % 4)
            {
                case 0: // flip some bytes
                    for (var k = 0; k < 1 + random.Next(8); k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    break;
                case 1: // cut the end off
                    bytes = bytes[..random.Next(1, bytes.Length)];
                    break;
                case 2: // overwrite a run in the header area
                    var start = random.Next(Math.Min(64, bytes.Length));
                    for (var k = start; k < Math.Min(bytes.Length, start + 8); k++) bytes[k] = (byte)random.Next(256);
                    break;
                default: // insert garbage in the middle
                    var at = random.Next(bytes.Length);
                    bytes = [.. bytes[..at], .. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)), .. bytes[at..]];
                    break;
            }

            var result = Process(bytes);
            var outcome = result.ErrorKey ?? "ok";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            Assert.True(result.Succeeded || result.ErrorKey!.StartsWith("Media.Error.", StringComparison.Ordinal));
        }

        Assert.Equal(1000, outcomes.Values.Sum());
    }

    private ImageResult Process(byte[] bytes) => _processor.Process(new MemoryStream(bytes), bytes.Length);
}
