using System.IO.Compression;
using System.Xml;
using Microsoft.Extensions.Localization;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Looks into an .xlsx archive before any spreadsheet library does: at most
/// <see cref="SheetLimits.MaxZipEntries"/> parts, every part unpacked once and counted against
/// <see cref="SheetLimits.MaxUnpackedBytes"/> (whatever the headers claim), and every formula cell
/// of the worksheets found (a formula is refused, not evaluated or taken as its cached value).
/// </summary>
internal static class XlsxCheck
{
    public static List<SheetProblem> Formulas(byte[] bytes, IStringLocalizer t)
    {
        var problems = new List<SheetProblem>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > SheetLimits.MaxZipEntries)
            {
                throw TooBig(t);
            }

            var budget = new Budget(SheetLimits.MaxUnpackedBytes);
            foreach (var entry in zip.Entries)
            {
                using var stream = new CountingStream(entry.Open(), budget, t);
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    FindFormulas(stream, problems, t);
                }
                else
                {
                    stream.CopyTo(Stream.Null);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException or IOException)
        {
            throw new SheetException(new SheetProblem(null, null, t["Sheets.Error.NotXlsx"]));
        }

        return problems;
    }

    private static void FindFormulas(Stream stream, List<SheetProblem> problems, IStringLocalizer t)
    {
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        string? cell = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "c")
            {
                cell = reader.GetAttribute("r");
            }
            else if (reader.LocalName == "f" && problems.Count < 50)
            {
                var (row, column) = Split(cell);
                problems.Add(new SheetProblem(row, column, t["Sheets.Error.Formula"]));
            }
        }
        stream.CopyTo(Stream.Null);
    }

    /// <summary>"B12" → (12, "B").</summary>
    private static (int? Row, string? Column) Split(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (null, null);
        }

        var letters = new string(reference.TakeWhile(char.IsAsciiLetterUpper).ToArray());
        return (int.TryParse(reference[letters.Length..], out var row) ? row : null, letters.Length > 0 ? letters : null);
    }

    private static SheetException TooBig(IStringLocalizer t) =>
        new(new SheetProblem(null, null, t["Sheets.Error.Unpacked", SheetLimits.MaxUnpackedBytes / (1024 * 1024)]));

    private sealed class Budget(long bytes)
    {
        public long Left { get; set; } = bytes;
    }

    /// <summary>Counts what is unpacked; past the budget the file is refused.</summary>
    private sealed class CountingStream(Stream inner, Budget budget, IStringLocalizer t) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Left -= read;
            if (budget.Left < 0)
            {
                throw TooBig(t);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
