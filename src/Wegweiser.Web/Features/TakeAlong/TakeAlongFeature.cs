namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// Take-along files below each detail page: <c>/{culture}/{section}/{slug}/kontakt.vcf</c>,
/// <c>…/kalender.ics</c> and <c>…/qr.svg</c>. The printable contact card <c>…/karte</c> is a Razor Page.
/// </summary>
public static class TakeAlongFeature
{
    public static IEndpointRouteBuilder MapTakeAlong(this IEndpointRouteBuilder app)
    {
        TakeAlongEndpoints.Map(app);
        return app;
    }
}
