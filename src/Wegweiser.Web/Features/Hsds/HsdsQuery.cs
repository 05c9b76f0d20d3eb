using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The query parameters of the HSDS API (names as in the HSDS 3.1 OpenAPI), read and checked in
/// one place. Each path reads only the parameters the OpenAPI lists for it; a malformed value
/// gives a German message for a 400 problem response instead of being guessed at.
/// </summary>
public sealed class HsdsQuery
{
    public const string Search = "search";
    public const string Page = "page";
    public const string PerPage = "per_page";
    public const string Format = "format";
    public const string TaxonomyTermId = "taxonomy_term_id";
    public const string TaxonomyId = "taxonomy_id";
    public const string OrganizationId = "organization_id";
    public const string ModifiedAfter = "modified_after";
    public const string Minimal = "minimal";
    public const string Full = "full";
    public const string FullService = "full_service";
    public const string Postcode = "postcode";
    public const string Proximity = "proximity";
    public const string TopOnly = "top_only";
    public const string ParentId = "parent_id";
    public const string Lang = "lang";

    /// <summary>Every name, for the public query list of the response cache.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        Search, Page, PerPage, Format, TaxonomyTermId, TaxonomyId, OrganizationId, ModifiedAfter, Minimal, Full, FullService,
        Postcode, Proximity, TopOnly, ParentId, Lang,
    ];

    private const int MaxSearchLength = 200;
    private const int MaxPage = 100_000;

    private readonly IQueryCollection _query;
    private readonly IReadOnlySet<string> _allowed;

    private HsdsQuery(IQueryCollection query, IReadOnlySet<string> allowed)
    {
        _query = query;
        _allowed = allowed;
    }

    /// <summary>The first problem found, in German, or null.</summary>
    public string? Problem { get; private set; }

    public string? Text { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Size { get; private set; }

    public Guid? TermId { get; private set; }

    public Guid? Taxonomy { get; private set; }

    public Guid? Organization { get; private set; }

    public Guid? Parent { get; private set; }

    public DateTimeOffset? ModifiedSince { get; private set; }

    public bool IsMinimal { get; private set; }

    public bool IsFull { get; private set; }

    public bool WithFullServices { get; private set; }

    public bool OnlyTop { get; private set; }

    public string? PostalCode { get; private set; }

    /// <summary>Reads the parameters in <paramref name="allowed"/> from <paramref name="query"/>.</summary>
    public static HsdsQuery Read(IQueryCollection query, IReadOnlySet<string> allowed, HsdsOptions options)
    {
        var q = new HsdsQuery(query, allowed) { Size = options.DefaultPageSize };
        q.Text = q.Single(Search) is { } text && text.Trim().Length > 0 ? text.Trim() : null;
        if (q.Text is { Length: > MaxSearchLength })
        {
            q.Fail($"Der Suchtext ist zu lang (höchstens {MaxSearchLength} Zeichen).");
        }

        q.PageNumber = q.Int(Page, 1, MaxPage) ?? 1;
        q.Size = q.Int(PerPage, 1, options.MaxPageSize) ?? options.DefaultPageSize;
        q.TermId = q.Id(TaxonomyTermId);
        q.Taxonomy = q.Id(TaxonomyId);
        q.Organization = q.Id(OrganizationId);
        q.Parent = q.Id(ParentId);
        q.ModifiedSince = q.Time(ModifiedAfter);
        q.IsMinimal = q.Bool(Minimal);
        q.IsFull = q.Bool(Full);
        q.WithFullServices = q.Bool(FullService);
        q.OnlyTop = q.Bool(TopOnly);
        q.PostalCode = q.Single(Postcode)?.Trim();
        if (q.PostalCode is { } code && (code.Length != 5 || !code.All(char.IsAsciiDigit)))
        {
            q.Fail("postcode muss eine Postleitzahl aus fünf Ziffern sein.");
        }

        if (q.Single(Proximity) is not null)
        {
            q.Fail("proximity wird nicht unterstützt. Nutzen Sie postcode oder taxonomy_term_id eines Ortes.");
        }

        if (q.Single(Format) is { } format && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            q.Fail("format kennt nur den Wert json.");
        }

        return q;
    }

    private void Fail(string problem) => Problem ??= problem;

    private string? Single(string name)
    {
        if (!_allowed.Contains(name) || !_query.TryGetValue(name, out StringValues values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            Fail($"{name} darf nur einmal angegeben werden.");
        }

        return values[0];
    }

    private int? Int(string name, int min, int max)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail($"{name} muss eine ganze Zahl von {min} bis {max} sein.");
            return null;
        }

        return value;
    }

    private Guid? Id(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (!Guid.TryParseExact(text.Trim(), "D", out var id))
        {
            Fail($"{name} muss eine UUID sein, zum Beispiel 3b0c5d52-8a4e-5f1f-9f43-6e2b8d1c7a90.");
            return null;
        }

        return id;
    }

    private bool Bool(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text.Trim(), out var value))
        {
            Fail($"{name} muss true oder false sein.");
        }

        return value;
    }

    private DateTimeOffset? Time(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            || !char.IsAsciiDigit(text.Trim()[0]))
        {
            Fail($"{name} muss ein Zeitpunkt nach ISO 8601 sein, zum Beispiel 2026-01-31T12:00:00Z.");
            return null;
        }

        return value;
    }
}
