using Wegweiser.Core.Recipes;
using Wegweiser.Web.Features.Translation;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// Admin verbs of the one executable: <c>dotnet run --project src/Wegweiser.Web -- setup --recipe NAME</c>.
/// They run against the configured database and exit without starting the web server.
/// </summary>
public static class CommandLine
{
    public static readonly IReadOnlyList<string> Verbs = ["setup", "user", "xliff", "reindex", "backup", "restore", "export", "import", "help", "--help", "-h"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        switch (args[0])
        {
            case "setup":
                return await SetupAsync(services, args[1..], output, error);
            case "reindex":
                return await ReindexAsync(services, output, error);
            case "user" when args.Length > 1 && args[1] == "add":
                return await UserCommand.AddAsync(services, args[2..], output, error);
            case "user" when args.Length > 1 && args[1] == "reset-two-factor":
                return await UserCommand.ResetTwoFactorAsync(services, args[2..], output, error);
            case "xliff":
                return await XliffCommand.RunAsync(services, args[1..], output, error);
            case "backup":
                return await BackupCommand.RunAsync(services, args[1..], output, error);
            case "restore":
                return await RestoreCommand.RunAsync(services, args[1..], output, error);
            case "export" or "import" when args.Length > 1 && args[1] == "sheet":
                return await Sheets.SheetCommand.RunAsync(services, args, output, error);
            case "export" when args.Length > 1 && args[1] == "hsds":
                return await Hsds.HsdsCommand.RunAsync(services, args[2..], output, error);
            default:
                PrintHelp(output);
                return 0;
        }
    }

    private static void PrintHelp(TextWriter output)
    {
        output.WriteLine("Wegweiser – Verwaltungsbefehle");
        output.WriteLine();
        output.WriteLine("  setup --recipe NAME   Datenbank anlegen oder aktualisieren und das Rezept NAME anwenden");
        output.WriteLine("                        (bereits angewendete Rezepte werden übersprungen).");
        output.WriteLine("  user add NAME --email ADRESSE --role ROLLE [--cultures ar,fa] [--language uk] [--organisations schluessel1,schluessel2]");
        output.WriteLine("                        Konto anlegen; das Passwort wird einmal angezeigt. --language: E-Mails");
        output.WriteLine("                        an das Konto kommen auf Deutsch und zusätzlich in dieser Sprache.");
        output.WriteLine($"                        Rollen: {string.Join(", ", Accounts.Roles.All)}");
        output.WriteLine("  user reset-two-factor NAME");
        output.WriteLine("                        Anmeldung mit zweitem Schritt ausschalten (Telefon und Codes verloren);");
        output.WriteLine("                        Mitarbeitende (Verwaltung, Freigabe, Redaktion, Übersetzung) richten sie neu ein.");
        output.WriteLine("  xliff export --culture SPRACHE [--culture SPRACHE …] (--items SCHLÜSSEL,… | --missing) --out ORDNER");
        output.WriteLine("                        XLIFF-2.0-Datei je Sprache für ein Übersetzungsbüro schreiben: die");
        output.WriteLine("                        genannten veröffentlichten Einträge oder alles, was fehlt oder veraltet ist.");
        output.WriteLine("  xliff import DATEI [--accept-changed-sources]");
        output.WriteLine("                        Übersetzungen aus einer XLIFF-Datei übernehmen; bei einem Fehler wird");
        output.WriteLine("                        nichts geändert. Mit --accept-changed-sources werden Texte, deren");
        output.WriteLine("                        deutscher Text sich seit dem Export geändert hat, übersprungen.");
        output.WriteLine("  reindex               Suchindex aller Sprachen aus der Datenbank neu aufbauen.");
        output.WriteLine("  backup --out DATEI    Sicherung als Zip-Archiv schreiben, auch während die Website läuft:");
        output.WriteLine("                        Datenbank (mit Rezepten und Schlüsseln), Medien und manifest.json mit");
        output.WriteLine("                        Anzahlen und Prüfsummen. Bei PostgreSQL wird pg_dump gebraucht.");
        output.WriteLine("  restore DATEI         Sicherung in einen leeren Datenordner (SQLite) oder eine leere Datenbank");
        output.WriteLine("                        (PostgreSQL) zurückspielen; nur SQLite zu SQLite und PostgreSQL zu PostgreSQL.");
        output.WriteLine("                        Ein beschädigtes Archiv oder ein Ziel mit Daten wird abgelehnt, nichts geändert.");
        output.WriteLine("                        Der Suchindex entsteht beim nächsten Start neu.");
        output.WriteLine($"  {Sheets.SheetCommand.ExportUsage}");
        output.WriteLine("                        Einträge einer Art als Tabelle schreiben (.xlsx oder .csv für Excel),");
        output.WriteLine("                        eine Zeile je Eintrag, eine Spalte je Feld und Sprache.");
        output.WriteLine($"  {Sheets.SheetCommand.ImportUsage}");
        output.WriteLine("                        Eine bearbeitete Tabelle übernehmen: geänderte Einträge werden Entwürfe");
        output.WriteLine("                        (mit --publish veröffentlicht). Bei einem Fehler wird nichts geändert.");
        output.WriteLine($"  {Hsds.HsdsCommand.Usage}");
        output.WriteLine("                        Offene Daten im Format HSDS 3.1 schreiben, je Sprache ein Ordner:");
        output.WriteLine("                        CSV-Tabellen mit datapackage.json und dieselben Daten als JSON.");
        output.WriteLine("                        Ohne --lang alle Sprachen der Website.");
        output.WriteLine("  help                  Diese Hilfe.");
        output.WriteLine();
        output.WriteLine("Ohne Befehl startet die Website.");
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var documents = await scope.ServiceProvider.GetRequiredService<Search.SearchIndexer>().RebuildAsync();
            output.WriteLine($"Suchindex neu aufgebaut: {documents} Dokumente in allen Sprachen ({started.Elapsed.TotalSeconds:0.0} s).");
            return 0;
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Store.LockObtainFailedException)
        {
            error.WriteLine("Der Suchindex ist gerade gesperrt, wahrscheinlich weil die Website läuft.");
            error.WriteLine("Die laufende Website baut ihn bei jeder Änderung selbst neu auf; ein Neustart baut ihn ganz neu.");
            return 1;
        }
    }

    private static async Task<int> SetupAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        string? recipe = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--recipe" && i + 1 < args.Length)
            {
                recipe = args[++i];
            }
            else
            {
                error.WriteLine($"Unbekannte Angabe: {args[i]}. Aufruf: setup --recipe NAME");
                return 2;
            }
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WegweiserOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (recipe is null)
        {
            error.WriteLine("Bitte ein Rezept angeben: setup --recipe NAME");
            error.WriteLine($"Vorhandene Rezepte: {string.Join(", ", RecipeReader.Available(options.ResolveRecipesFolder(environment.ContentRootPath)))}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<SiteInitializer>();
        await initializer.MigrateAsync();
        try
        {
            var result = await initializer.ApplyRecipeAsync(recipe);
            if (result.Applied.Count == 0)
            {
                output.WriteLine($"Das Rezept „{recipe}“ wurde schon angewendet. Nichts geändert.");
            }
            else
            {
                output.WriteLine($"Angewendet: {string.Join(", ", result.Applied)} ({result.Items} Einträge, {result.Terms} Begriffe).");
            }
        }
        catch (RecipeException e)
        {
            error.WriteLine("Das Rezept wurde nicht angewendet. Die Datenbank ist unverändert.");
            error.WriteLine(e.Message);
            if (e.Problem.StartsWith("there is no recipe", StringComparison.Ordinal))
            {
                error.WriteLine($"Vorhandene Rezepte: {string.Join(", ", RecipeReader.Available(options.ResolveRecipesFolder(environment.ContentRootPath)))}");
            }

            return 1;
        }

        await initializer.EnsureAdministratorAsync();
        return 0;
    }
}
