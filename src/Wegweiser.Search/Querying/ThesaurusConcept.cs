namespace Wegweiser.Search.Querying;

/// <summary>
/// One line of the thesaurus: a concept's name, the topic and need keys it belongs to, the German
/// words a search for it adds, and the words people type for it, by culture.
/// </summary>
public sealed record ThesaurusConcept(
    string Name,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> GermanWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Words);
