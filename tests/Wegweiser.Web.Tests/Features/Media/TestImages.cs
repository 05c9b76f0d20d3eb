using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Wegweiser.Web.Tests.Features.Media;

/// <summary>Images made in the test: valid ones of each format, and hostile ones built byte by byte.</summary>
public static class TestImages
{
    public static byte[] Make(string format, int width = 800, int height = 600, bool withGps = false)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y += 7)
        {
            for (var x = 0; x < width; x += 5)
            {
                image[x, y] = new Rgba32((byte)x, (byte)y, (byte)(x ^ y));
            }
        }

        if (withGps)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
            image.Metadata.ExifProfile.SetValue(ExifTag.Artist, "Geheime Person");
        }

        using var output = new MemoryStream();
        image.Save(output, format switch
        {
            "jpeg" => new JpegEncoder(),
            "png" => new PngEncoder(),
            _ => (SixLabors.ImageSharp.Formats.IImageEncoder)new WebpEncoder(),
        });
        return output.ToArray();
    }

    /// <summary>A PNG that claims huge dimensions but carries almost no data: a decompression bomb's header.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBigEndian(ihdr, 0, width);
        WriteBigEndian(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        Chunk(output, "IHDR", ihdr);
        Chunk(output, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        output.Write(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typeAndData));
        output.Write(crc);
    }

    private static void WriteBigEndian(byte[] target, int offset, int value)
    {
        target[offset] = (byte)(value >> 24);
        target[offset + 1] = (byte)(value >> 16);
        target[offset + 2] = (byte)(value >> 8);
        target[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
