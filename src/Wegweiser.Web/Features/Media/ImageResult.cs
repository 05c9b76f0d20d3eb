namespace Wegweiser.Web.Features.Media;

/// <summary>One re-encoded size of an uploaded image.</summary>
public sealed record ImageVariant(int Width, string Extension, byte[] Bytes);

/// <summary>The outcome of processing an upload: the variants, or the resource key of the reason it was refused.</summary>
public sealed record ImageResult(IReadOnlyList<ImageVariant> Variants, int Width, int Height, string? ErrorKey)
{
    public bool Succeeded => ErrorKey is null;

    public static ImageResult Ok(IReadOnlyList<ImageVariant> variants, int width, int height) => new(variants, width, height, null);

    public static ImageResult Refused(string errorKey) => new([], 0, 0, errorKey);
}
