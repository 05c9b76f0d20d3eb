using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Media;

/// <summary>Upload logos and photos (signed-in staff and providers only); every file is processed by <see cref="ImageProcessor"/>.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Provider}")]
[RequestSizeLimit(ImageProcessor.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageProcessor.MaxBytes + 64 * 1024)]
public sealed class UploadModel(ImageProcessor processor, MediaStore store, ILogger<UploadModel> logger) : PageModel
{
    public IReadOnlyList<(string Id, IReadOnlyList<string> Files)> Images { get; private set; } = [];

    public string? ErrorKey { get; private set; }

    public string? Uploaded { get; private set; }

    public void OnGet([FromQuery(Name = "neu")] string? uploaded)
    {
        Images = store.List();
        Uploaded = uploaded;
    }

    public IActionResult OnPost(IFormFile? file)
    {
        if (file is null)
        {
            ErrorKey = "Media.Error.Empty";
        }
        else
        {
            using var stream = file.OpenReadStream();
            var result = processor.Process(stream, file.Length);
            if (result.Succeeded)
            {
                if (store.Save(result) is { } id)
                {
                    logger.LogInformation("Image {Id} uploaded ({Width}×{Height})", id, result.Width, result.Height);
                    return Redirect($"{AdminLinks.Media}?neu={id}");
                }

                ErrorKey = "Media.Error.NoSpace";
            }
            else
            {
                ErrorKey = result.ErrorKey;
                logger.LogInformation("Upload refused: {Reason}", result.ErrorKey);
            }
        }

        Images = store.List();
        Response.StatusCode = ErrorKey == "Media.Error.NoSpace" ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status400BadRequest;
        return Page();
    }
}
