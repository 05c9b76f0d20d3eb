using System.Xml.Linq;

namespace Wegweiser.Data.Translation;

/// <summary>One exported document: its culture, the XLIFF and how many items and units it holds.</summary>
public sealed record XliffExport(string Culture, XDocument Document, int Items, int Units);
