using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Keeps an uploaded spreadsheet between the preview and the confirmation: in
/// <c>&lt;DataFolder&gt;/sheet-uploads</c> under a random token (32 random bytes), with a note of
/// who uploaded it, its original name and when. Only that user gets it back, for one hour; taking
/// it over deletes it, and older uploads are removed at each new upload.
/// </summary>
public sealed class SheetUploads(IOptions<WegweiserOptions> options, IHostEnvironment environment, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private sealed record Note(string User, string FileName, DateTime UploadedUtc);

    /// <summary>An upload given back: the bytes and the name it came with.</summary>
    public sealed record Upload(byte[] Bytes, string FileName);

    private string Folder => Path.Combine(options.Value.ResolveDataFolder(environment.ContentRootPath), "sheet-uploads");

    /// <summary>Keeps the file for <paramref name="user"/>; returns its token.</summary>
    public async Task<string> KeepAsync(byte[] bytes, string fileName, string user, CancellationToken ct)
    {
        RemoveExpired();
        System.IO.Directory.CreateDirectory(Folder);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await File.WriteAllBytesAsync(DataPath(token), bytes, ct);
        var note = new Note(user, Path.GetFileName(fileName), time.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(NotePath(token), JsonSerializer.Serialize(note), ct);
        return token;
    }

    /// <summary>The upload behind <paramref name="token"/> if it is <paramref name="user"/>'s and not expired; else null.</summary>
    public async Task<Upload?> FindAsync(string? token, string user, CancellationToken ct)
    {
        if (!IsToken(token) || !File.Exists(NotePath(token!)) || !File.Exists(DataPath(token!)))
        {
            return null;
        }

        var note = JsonSerializer.Deserialize<Note>(await File.ReadAllTextAsync(NotePath(token!), ct));
        if (note is null || note.User != user || time.GetUtcNow().UtcDateTime - note.UploadedUtc > Lifetime)
        {
            return null;
        }

        return new Upload(await File.ReadAllBytesAsync(DataPath(token!), ct), note.FileName);
    }

    public void Remove(string token)
    {
        if (IsToken(token))
        {
            File.Delete(DataPath(token));
            File.Delete(NotePath(token));
        }
    }

    private void RemoveExpired()
    {
        if (!System.IO.Directory.Exists(Folder))
        {
            return;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in System.IO.Directory.EnumerateFiles(Folder).Where(f => File.GetLastWriteTimeUtc(f) < cutoff))
        {
            File.Delete(file);
        }
    }

    private static bool IsToken(string? token) => token is { Length: 64 } && token.All(char.IsAsciiHexDigitLower);

    private string DataPath(string token) => Path.Combine(Folder, token + ".upload");

    private string NotePath(string token) => Path.Combine(Folder, token + ".json");
}
