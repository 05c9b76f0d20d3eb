namespace Wegweiser.SearchBench;

/// <summary>The command line of the bench; every flag has a default, so no flag is needed.</summary>
internal sealed record BenchOptions
{
    public const string PostgresVariable = "WEGWEISER_BENCH_POSTGRES";

    /// <summary>Set by tests/bench/search.sh when its PostgreSQL did not start: the reason, for the table.</summary>
    public const string PostgresMissingVariable = "WEGWEISER_BENCH_POSTGRES_MISSING";

    public int Entries { get; init; } = 10_000;

    public IReadOnlyList<string> Cultures { get; init; } = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    public int Queries { get; init; } = 200;

    public int Rounds { get; init; } = 2;

    public int Seed { get; init; } = 20261125;

    public string? Relevance { get; init; }

    /// <summary>Whether to list, on standard error, each relevance query an engine does not fully answer.</summary>
    public bool ShowMisses { get; init; }

    public string? Recipes { get; init; }

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable(PostgresVariable);

    public const string Usage = """
        Usage: SearchBench [--entries 10000] [--cultures de,en,ar,fa,uk,ru,tr] [--queries 200] [--rounds 2]
                           [--seed 20261125] [--relevance tests/relevance/queries.tsv] [--recipes content-recipes] [--misses]
                           [--postgres "Host=127.0.0.1;Port=55432;Username=postgres"]
        --misses lists on standard error each relevance query an engine does not fully answer.
        PostgreSQL is skipped when neither --postgres nor WEGWEISER_BENCH_POSTGRES is given.
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--misses")
            {
                options = options with { ShowMisses = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--entries" => options with { Entries = int.Parse(value) },
                "--cultures" => options with { Cultures = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--queries" => options with { Queries = int.Parse(value) },
                "--rounds" => options with { Rounds = int.Parse(value) },
                "--seed" => options with { Seed = int.Parse(value) },
                "--relevance" => options with { Relevance = value },
                "--recipes" => options with { Recipes = value },
                "--postgres" => options with { Postgres = value },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}"),
            };
            i++;
        }

        return options;
    }

    /// <summary>The repository root: the nearest folder upwards that holds Wegweiser.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Wegweiser.sln not found above the working folder; pass --recipes and --relevance.");
    }
}
