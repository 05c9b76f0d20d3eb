using System.Globalization;
using System.Security;
using System.Text;
using QRCoder;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// A QR code as a small SVG, drawn here from QRCoder's module matrix: one path of black runs on
/// a white square, with the quiet zone, crisp at any size and in print.
/// </summary>
public static class QrCodeSvg
{
    /// <summary>Pixels per module when the file is opened on its own.</summary>
    private const int ModuleSize = 8;

    public static string For(string text, string title)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        // Level M survives a crease or a smudge on a printed card and keeps the code small.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1H{start}z");
            }
        }

        var pixels = size * ModuleSize;
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{pixels}" height="{pixels}" shape-rendering="crispEdges" role="img">
            <title>{SecurityElement.Escape(title)}</title>
            <rect width="{size}" height="{size}" fill="#fff"/>
            <path fill="#000" d="{path}"/>
            </svg>
            """;
    }
}
