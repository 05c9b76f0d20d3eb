using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>What the entry form partial needs: the input as typed, the messages per field and the choices.</summary>
public sealed class EntryFormView
{
    public required ContentType Type { get; init; }

    public required EntryInput Input { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Terms per taxonomy, in display order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    /// <summary>The organisations that may be chosen: key and German name.</summary>
    public IReadOnlyList<(string Key, string Title)> Organisations { get; init; } = [];

    public bool IsNew { get; init; }

    /// <summary>Whether other languages exist that a minor edit would keep current.</summary>
    public bool HasTranslations { get; init; }
}
