namespace Wegweiser.Web.Features.Email;

/// <summary>The resolved pickup folder (<c>&lt;DataFolder&gt;/mail</c> by default).</summary>
public sealed class EmailPickupFolder
{
    public EmailPickupFolder(string dataFolder, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(options.PickupFolder)
            ? options.PickupFolder
            : System.IO.Path.Combine(dataFolder, options.PickupFolder));
    }

    public string Path { get; }
}
