namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// What a spreadsheet may be, checked before and while it is read: the upload's size, and for
/// .xlsx (a zip archive) the number of parts and the bytes they unpack to, counted while
/// unpacking (a zip bomb's headers may lie).
/// </summary>
public static class SheetLimits
{
    public const int MaxRows = 5_000;
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxUnpackedBytes = 64 * 1024 * 1024;
    public const int MaxZipEntries = 200;
    public const int MaxColumns = 400;
}
