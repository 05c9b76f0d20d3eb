namespace Wegweiser.Web.Features.Hsds;

/// <summary>The API's errors as <c>application/problem+json</c> (RFC 9457), with German text.</summary>
public static class HsdsProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Ungültige Anfrage");

    public static IResult NotFound(string what) =>
        Results.Problem(detail: $"{what} mit dieser id gibt es nicht (oder nicht mehr öffentlich).", statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");
}
