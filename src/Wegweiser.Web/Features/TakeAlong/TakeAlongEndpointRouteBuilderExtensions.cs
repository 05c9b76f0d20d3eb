using Wegweiser.Web.Features.TakeAlong;

// In ASP.NET Core's own namespace, as its Map… extensions are, so Program.cs needs one line and no using.
namespace Microsoft.AspNetCore.Builder;

public static class TakeAlongEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the take-along files below each detail page: <c>/{culture}/{section}/{slug}/kontakt.vcf</c>,
    /// <c>…/kalender.ics</c> and <c>…/qr.svg</c>. The printable contact card <c>…/karte</c> is a Razor Page.
    /// </summary>
    public static IEndpointRouteBuilder MapTakeAlong(this IEndpointRouteBuilder app)
    {
        TakeAlongEndpoints.Map(app);
        return app;
    }
}
