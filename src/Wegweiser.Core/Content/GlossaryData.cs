namespace Wegweiser.Core.Content;

/// <summary>The abbreviation a glossary term explains, such as "MBE".</summary>
public sealed class GlossaryData
{
    public string? Abbreviation { get; set; }
}
