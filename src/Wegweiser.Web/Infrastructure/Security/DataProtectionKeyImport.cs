using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// Copies keys that earlier versions kept in the data folder (<c>keys/key-*.xml</c>) into the
/// database, each once, so an existing site keeps its sign-ins, reset and review links. The folder
/// is left as it is: other nodes of an older version may still read it.
/// </summary>
public sealed class DataProtectionKeyImport(WegweiserDbContext db, IOptions<WegweiserOptions> options, IHostEnvironment environment, ILogger<DataProtectionKeyImport> logger)
{
    /// <summary>The folder earlier versions kept the keys in.</summary>
    public string Folder => Path.Combine(options.Value.ResolveDataFolder(environment.ContentRootPath), "keys");

    /// <summary>Imports the keys of <see cref="Folder"/> the database does not hold yet; returns how many.</summary>
    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var known = (await db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var imported = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "key-*.xml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            XElement element;
            try
            {
                element = XElement.Load(file);
            }
            catch (XmlException)
            {
                logger.LogWarning("Data-protection key file {File} is not XML; not imported", Path.GetFileName(file));
                continue;
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = element.ToString(SaveOptions.DisableFormatting) });
            imported++;
        }

        if (imported > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Imported {Count} data-protection keys from {Folder} into the database; the folder is no longer read and can be deleted once every node runs this version", imported, Folder);
        }

        return imported;
    }
}
