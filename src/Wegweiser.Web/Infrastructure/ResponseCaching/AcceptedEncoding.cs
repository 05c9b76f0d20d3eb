namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>Which stored encodings a client takes, read from its <c>Accept-Encoding</c> header.</summary>
public readonly record struct AcceptedEncoding(bool Brotli, bool Gzip)
{
    public static AcceptedEncoding Parse(Microsoft.Extensions.Primitives.StringValues header)
    {
        bool brotli = false, gzip = false;
        foreach (var value in header)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var semicolon = part.IndexOf(';');
                var name = semicolon < 0 ? part : part[..semicolon].Trim();
                if (semicolon >= 0 && IsZeroQuality(part[(semicolon + 1)..]))
                {
                    continue;
                }

                brotli |= name.Equals("br", StringComparison.OrdinalIgnoreCase);
                gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name == "*";
                brotli |= name == "*";
            }
        }

        return new AcceptedEncoding(brotli, gzip);
    }

    private static bool IsZeroQuality(string parameters)
    {
        var q = parameters.Trim();
        return q.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(q[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var quality)
            && quality <= 0;
    }
}
