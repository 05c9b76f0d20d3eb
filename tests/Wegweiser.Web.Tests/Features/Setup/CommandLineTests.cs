namespace Wegweiser.Web.Tests.Features.Setup;

/// <summary>The admin verbs, run as a user runs them: the real executable in its own process.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task Setup_applies_a_recipe_once()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;

        var first = await RunAsync(folder, "setup", "--recipe", "demo");
        var second = await RunAsync(folder, "setup", "--recipe", "demo");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Angewendet: ilm-kreis, demo", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("wurde schon angewendet", second.Output);
        Assert.True(Count(folder, "ContentItems") > 100);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_index_from_the_database()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;
        await RunAsync(folder, "setup", "--recipe", "demo");

        var result = await RunAsync(folder, "reindex");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Matches("Suchindex neu aufgebaut: [1-9][0-9]* Dokumente", result.Output);
        Assert.True(System.IO.Directory.EnumerateFiles(Path.Combine(folder, "index", "de")).Any());
    }

    [Fact]
    public async Task Setup_with_an_unknown_recipe_explains_and_changes_nothing()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;

        var result = await RunAsync(folder, "setup", "--recipe", "gibtsnicht");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Die Datenbank ist unverändert.", result.Output);
        Assert.Contains("Vorhandene Rezepte: blank, demo, ilm-kreis", result.Output);
        Assert.Equal(0, Count(folder, "ContentItems"));
    }

    [Fact]
    public async Task Setup_without_a_recipe_says_how_to_call_it()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;

        var result = await RunAsync(folder, "setup");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("setup --recipe NAME", result.Output);
    }

    [Fact]
    public async Task User_add_creates_an_account_with_a_role_and_shows_the_password_once()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;
        await RunAsync(folder, "setup", "--recipe", "blank");

        var result = await RunAsync(folder, "user", "add", "erika", "--email", "erika@example.org", "--role", "volunteer");
        var wrongRole = await RunAsync(folder, "user", "add", "max", "--email", "max@example.org", "--role", "Chef");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Konto „erika“ (Volunteer) angelegt.", result.Output);
        Assert.Matches("Passwort: [A-Za-z0-9-]{20,}", result.Output);
        Assert.Equal(2, wrongRole.ExitCode);
        Assert.Contains("Rollen: Administrator, Publisher, Editor, Translator, Provider, Volunteer", wrongRole.Output);
        Assert.Equal(2, Count(folder, "AspNetUsers"));
        // The verb shares the page's account service: the creation is audited as done on the command line.
        Assert.Equal(1L, CommandLineProcess.Scalar(folder, "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Action\" = 'account.created' AND \"UserName\" = 'cli'"));
        Assert.False(File.ReadAllText(System.IO.Directory.GetFiles(Path.Combine(folder, "logs")).Single()).Contains(result.Output.Split("Passwort: ")[1].Split('\n')[0].Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task User_reset_two_factor_switches_it_off_so_the_account_sets_it_up_again()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("wegweiser-cli-").FullName;
        await RunAsync(folder, "setup", "--recipe", "blank");
        CommandLineProcess.Execute(folder, "UPDATE \"AspNetUsers\" SET \"TwoFactorEnabled\" = 1 WHERE \"UserName\" = 'admin'");

        var result = await RunAsync(folder, "user", "reset-two-factor", "admin");
        var unknown = await RunAsync(folder, "user", "reset-two-factor", "niemand");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("ausgeschaltet", result.Output);
        Assert.Contains("neu ein", result.Output);
        Assert.Equal(0L, CommandLineProcess.Scalar(folder, "SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"TwoFactorEnabled\" = 1"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(1L, CommandLineProcess.Scalar(folder, "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Action\" = 'account.two-factor-reset' AND \"UserName\" = 'cli'"));
    }

    private static long Count(string folder, string table) =>
        CommandLineProcess.Scalar(folder, $"SELECT COUNT(*) FROM \"{table}\"");

    private static Task<(int ExitCode, string Output)> RunAsync(string dataFolder, params string[] args) =>
        CommandLineProcess.RunAsync(dataFolder, null, args);
}
