using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Hsds;
using Wegweiser.Web.Features.Search;

namespace Wegweiser.Web.Features.Api;

/// <summary>One query or path parameter of a public API.</summary>
public sealed record ApiParameter(string Name, string Type, string Description, string In = "query", string? Format = null);

/// <summary>One public GET endpoint: its path, what it answers, its parameters, an example and the schema of its answer.</summary>
public sealed record ApiEndpoint(string Path, string Group, string Summary, IReadOnlyList<ApiParameter> Parameters, string Example, string? Schema = null);

/// <summary>
/// The one description of the site's public APIs, in German: the OpenAPI document
/// (<c>/api/openapi.json</c>) and the readable page (<c>/api</c>) are both made from it.
/// </summary>
public static class ApiCatalog
{
    public const string Hsds = "Offene Daten (HSDS 3.1)";
    public const string SiteSearch = "Suche";

    private static readonly ApiParameter Lang = new(HsdsQuery.Lang, "string", "Sprache der Texte (de, en, ar, fa, uk, ru, tr). Ohne lang gilt Accept-Language; fehlt eine Übersetzung, kommt der deutsche Text.");
    private static readonly ApiParameter Search = new(HsdsQuery.Search, "string", "Suchtext, über die Suche des Wegweisers (Wortteile, Tippfehler, Wörter in allen Sprachen).");
    private static readonly ApiParameter Page = new(HsdsQuery.Page, "integer", "Seite, ab 1.");
    private static readonly ApiParameter PerPage = new(HsdsQuery.PerPage, "integer", "Einträge je Seite, 1 bis 100 (Standard 20).");
    private static readonly ApiParameter Format = new(HsdsQuery.Format, "string", "Nur json.");
    private static readonly ApiParameter TermId = new(HsdsQuery.TaxonomyTermId, "string", "Nur Einträge mit diesem Begriff (id aus /api/hsds/taxonomy_terms).", Format: "uuid");
    private static readonly ApiParameter TaxonomyId = new(HsdsQuery.TaxonomyId, "string", "Nur Einträge mit einem Begriff dieser Taxonomie.", Format: "uuid");
    private static readonly ApiParameter OrganizationId = new(HsdsQuery.OrganizationId, "string", "Nur Angebote dieser Organisation. Angebote ohne Träger gehören zur Organisation „Anbieter nicht angegeben“ (siehe Profil).", Format: "uuid");
    private static readonly ApiParameter ModifiedAfter = new(HsdsQuery.ModifiedAfter, "string", "Nur Einträge, die nach diesem Zeitpunkt (ISO 8601) geändert wurden.", Format: "date-time");
    private static readonly ApiParameter Full = new(HsdsQuery.Full, "boolean", "true: vollständige Objekte mit Telefon, Zeiten, Orten und Begriffen.");
    private static readonly ApiParameter Minimal = new(HsdsQuery.Minimal, "boolean", "true: nur id, Name, Status und Daten.");
    private static readonly ApiParameter FullService = new(HsdsQuery.FullService, "boolean", "true: die Angebote der Organisation vollständig.");
    private static readonly ApiParameter Postcode = new(HsdsQuery.Postcode, "string", "Nur Orte mit dieser Postleitzahl (fünf Ziffern).");
    private static readonly ApiParameter Proximity = new(HsdsQuery.Proximity, "string", "Wird nicht unterstützt (Antwort 400).");
    private static readonly ApiParameter TopOnly = new(HsdsQuery.TopOnly, "boolean", "Alle Begriffe sind oberste Begriffe.");
    private static readonly ApiParameter ParentId = new(HsdsQuery.ParentId, "string", "Begriffe unter diesem Begriff (unsere Begriffe haben keine).", Format: "uuid");
    private static readonly ApiParameter Id = new("id", "string", "Die id (UUID) des Objekts.", In: "path", Format: "uuid");
    private static readonly ApiParameter Kultur = new(ApiCulture.Param, "string", "Sprache (de, en, ar, fa, uk, ru, tr), Standard de.");

    public static readonly IReadOnlyList<ApiEndpoint> Endpoints =
    [
        new("/api/suche", SiteSearch, "Die Suche als JSON: Treffer, Facetten, gewählte Filter.",
            [new(SearchModel.QueryParam, "string", "Suchtext."), Kultur, new(Paging.PageSlice.Param, "integer", "Seite, ab 1 (10 Treffer je Seite)."),
             .. SearchFilter.Params.Select(p => new ApiParameter(p.Param, "string", $"Filter wie auf der Suchseite ({p.Param}).")),],
            "/api/suche?q=deutschkurs&kultur=de"),
        new(SuggestEndpoints.Path, SiteSearch, "Bis zu sechs Titel, deren Wörter so beginnen wie das Getippte.",
            [new(SearchModel.QueryParam, "string", "Getippter Anfang."), Kultur], "/api/vorschlaege?q=deu&kultur=de"),
        new("/api/hsds/", Hsds, "Version (3.1) und Profil dieser HSDS-Schnittstelle.", [Lang], "/api/hsds/"),
        new(HsdsProfile.Path, Hsds, "Das Profil: HSDS 3.1 mit Übersetzungen (x_translations).", [], HsdsProfile.Path),
        new("/api/hsds/services", Hsds, "Angebote, Kurse, Vereine und ehrenamtliche Hilfe als HSDS-Services, seitenweise.",
            [Search, Page, PerPage, Format, TermId, TaxonomyId, OrganizationId, ModifiedAfter, Minimal, Full, Lang], "/api/hsds/services?per_page=5&lang=ar", "Page"),
        new("/api/hsds/services/{id}", Hsds, "Ein Angebot vollständig.", [Id, Lang], "/api/hsds/services/{id}"),
        new("/api/hsds/organizations", Hsds, "Organisationen, seitenweise.",
            [Search, FullService, Full, TermId, TaxonomyId, Page, PerPage, Format, Lang], "/api/hsds/organizations?per_page=5", "Page"),
        new("/api/hsds/organizations/{id}", Hsds, "Eine Organisation mit ihren Angeboten.", [Id, FullService, Lang], "/api/hsds/organizations/{id}"),
        new("/api/hsds/service_at_locations", Hsds, "Angebote an ihren Orten (mit Adresse), seitenweise.",
            [Search, TermId, TaxonomyId, OrganizationId, ModifiedAfter, Full, Page, PerPage, Format, Postcode, Proximity, Lang],
            "/api/hsds/service_at_locations?postcode=99310", "Page"),
        new("/api/hsds/service_at_locations/{id}", Hsds, "Ein Angebot an einem Ort, vollständig.", [Id, Lang], "/api/hsds/service_at_locations/{id}"),
        new("/api/hsds/taxonomies", Hsds, "Die Taxonomien: Themen, Alltagsthemen, Zielgruppen, Orte, Sprachen, Art des Eintrags.",
            [Search, Page, PerPage, Format, Lang], "/api/hsds/taxonomies", "Page"),
        new("/api/hsds/taxonomies/{id}", Hsds, "Eine Taxonomie.", [Id, Lang], "/api/hsds/taxonomies/{id}"),
        new("/api/hsds/taxonomy_terms", Hsds, "Die Begriffe der Taxonomien, seitenweise.",
            [Search, Page, PerPage, Format, TaxonomyId, TopOnly, ParentId, Lang], "/api/hsds/taxonomy_terms?per_page=10&lang=uk", "Page"),
        new("/api/hsds/taxonomy_terms/{id}", Hsds, "Ein Begriff.", [Id, Lang], "/api/hsds/taxonomy_terms/{id}"),
    ];
}
