namespace Wegweiser.Web.Features.Media;

/// <summary>Images: the decoder with its limits, the store in <c>&lt;DataFolder&gt;/media</c> and the <c>/medien/{name}</c> endpoint.</summary>
public static class MediaFeature
{
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<MediaStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        MediaEndpoints.Map(app);
        return app;
    }
}
