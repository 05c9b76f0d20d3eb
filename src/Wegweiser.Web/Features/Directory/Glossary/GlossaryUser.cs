namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>An entry that uses a glossary term, as the term's page lists it (<see cref="Lang"/> "de" for an untranslated title).</summary>
public sealed record GlossaryUser(string Title, string Url, string? Lang);
