using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Wegweiser.SearchBench;
using Wegweiser.SearchBench.Corpus;
using Wegweiser.SearchBench.Engines;
using Wegweiser.SearchBench.Measuring;
using Wegweiser.Tests.Shared.Relevance;

// Search benchmark (issue 5): Wegweiser's Lucene search against SQLite FTS5 and PostgreSQL
// full-text search on one generated corpus, with the same query mix and the same relevance set.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var root = options.Recipes is null || options.Relevance is null ? BenchOptions.RepositoryRoot() : "";
var recipesRoot = options.Recipes ?? Path.Combine(root, "content-recipes");
var relevancePath = options.Relevance ?? Path.Combine(root, "tests", "relevance", "queries.tsv");
var work = Directory.CreateTempSubdirectory("wegweiser-searchbench-").FullName;
void Log(string message) => Console.Error.WriteLine($"[searchbench {DateTime.UtcNow:HH:mm:ss}] {message}");

try
{
    var nowUtc = DateTime.UtcNow;
    var today = DateOnly.FromDateTime(nowUtc);
    var recipeItems = BenchCorpus.RecipeItems(recipesRoot, nowUtc);
    var generated = CorpusGenerator.Generate(options.Entries, options.Seed, nowUtc).ToList();
    var corpus = BenchCorpus.From(generated.Concat(recipeItems), options.Cultures, today);
    var relevanceCorpus = BenchCorpus.From(recipeItems, options.Cultures, today);
    generated.Clear();
    var relevance = RelevanceSet.Load(relevancePath);
    var mix = QueryMix.Build(options.Queries, options.Seed, relevance, options.Cultures);
    Log($"corpus: {options.Entries} generated + {recipeItems.Count(i => i.Published is not null)} published recipe entries, {corpus.Count} documents in {options.Cultures.Count} cultures; {mix.Count} queries; relevance set {relevance.Count} queries");

    var engines = new List<(EngineResult Result, Func<string, ISearchEngine> Create)>
    {
        (new EngineResult("Lucene (no result cache)"), label => new LuceneEngine(Path.Combine(work, "lucene-nocache-" + label), cacheQueries: false)),
        (new EngineResult("Lucene (site, result cache)"), label => new LuceneEngine(Path.Combine(work, "lucene-site-" + label), cacheQueries: true)),
        (new EngineResult("SQLite FTS5"), label => new Fts5Engine(Path.Combine(work, $"fts5-{label}.db"))),
        (new EngineResult("PostgreSQL FTS"), label => options.Postgres is { Length: > 0 } connection
            ? new PostgresEngine(connection, label)
            : throw new InvalidOperationException(Environment.GetEnvironmentVariable(BenchOptions.PostgresMissingVariable) is { Length: > 0 } why
                ? why
                : $"no server given ({BenchOptions.PostgresVariable} not set)")),
    };
    var notes = new List<string>();
    var running = new List<(EngineResult Result, ISearchEngine Engine)>();
    foreach (var (result, create) in engines)
    {
        ISearchEngine? engine = null;
        try
        {
            Log($"{result.Engine}: building");
            engine = create("big");
            var watch = Stopwatch.StartNew();
            engine.Build(corpus.ByCulture);
            result.BuildTime = watch.Elapsed;
            result.Documents = corpus.Count;
            Log($"{result.Engine}: built in {watch.Elapsed.TotalSeconds:0.0} s; warming up");
            foreach (var query in mix)
            {
                Run(engine, result, query, notes);
            }

            result.Footprint = engine.Footprint();
            if (engine is PostgresEngine pg)
            {
                notes.Add($"PostgreSQL {pg.ServerVersion}, configurations: {string.Join(", ", pg.Configs.Select(c => $"{c.Key} {c.Value}"))}.");
            }

            running.Add((result, engine));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            engine?.Dispose();
            result.Missing = e.Message.ReplaceLineEndings(" ");
            Log($"{result.Engine}: not run: {e.Message}");
        }
    }

    // Timed rounds: the engines take turns query by query, so a busy moment of the shared machine
    // hits all of them alike.
    Log($"timing {options.Rounds} round(s) of {mix.Count} queries");
    for (var round = 0; round < options.Rounds; round++)
    {
        foreach (var query in mix)
        {
            foreach (var (result, engine) in running)
            {
                var watch = Stopwatch.StartNew();
                Run(engine, result, query, notes);
                result.Latencies.Add(watch.Elapsed);
            }
        }
    }

    foreach (var (_, engine) in running)
    {
        engine.Dispose();
    }

    if (!notes.Any(n => n.Contains(" failed on ", StringComparison.Ordinal)))
    {
        notes.Add($"The mix holds {QueryMix.Hostile.Count} hostile inputs (query syntax, quotes, SQL); no engine failed on any query.");
    }

    // Relevance on the ilm-kreis + demo entries alone: the set judges those entries, and a
    // generated entry that answers a query well would count as a miss.
    Log("relevance set");
    foreach (var (result, create) in engines.Where(e => e.Result.Missing is null))
    {
        try
        {
            ScoreRelevance(result, create);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            (result.RecallAt5, result.Mrr) = (double.NaN, double.NaN);
            notes.Add($"{result.Engine}: relevance not measured: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    void ScoreRelevance(EngineResult result, Func<string, ISearchEngine> create)
    {
        using var engine = create("rel");
        engine.Build(relevanceCorpus.ByCulture);
        var results = relevance.Select(q =>
        {
            IReadOnlyList<string> ranked = options.Cultures.Contains(q.Culture) ? engine.Search(q.Culture, q.Text, RelevanceScore.MrrCutoff) : [];
            var recall = RelevanceScore.RecallAt(5, q.Expected, ranked);
            if (options.ShowMisses && recall < 1)
            {
                Log($"{result.Engine} line {q.Line} {q.Culture} \"{q.Text}\": recall@5 {recall:0.00}, top 5: {string.Join(", ", ranked.Take(5))}");
            }

            return new RelevanceResult(q, ranked);
        }).ToList();
        (result.RecallAt5, result.Mrr) = (RelevanceScore.MeanRecallAt5(results), RelevanceScore.MeanReciprocalRank(results));
    }

    var c = CultureInfo.InvariantCulture;
    var fullRelevancePath = Path.GetFullPath(relevancePath);
    var shownRelevancePath = root.Length > 0 && fullRelevancePath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        ? Path.GetRelativePath(root, fullRelevancePath)
        : fullRelevancePath;
    var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
    Console.WriteLine(string.Create(c, $"Search benchmark, {nowUtc:yyyy-MM-dd HH:mm} UTC. Machine: {Environment.ProcessorCount} cores{load}, {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}."));
    Console.WriteLine(string.Create(c, $"Corpus: {options.Entries:#,0} generated entries (seed {options.Seed}) + the published ilm-kreis and demo entries, in {options.Cultures.Count} cultures ({string.Join(", ", options.Cultures)}): {corpus.Count:#,0} documents."));
    Console.WriteLine(string.Create(c, $"Latency: {mix.Count} queries × {options.Rounds} rounds after one warm-up round, top 10 per query. Relevance: {relevance.Count} queries of {shownRelevancePath} on the ilm-kreis + demo entries ({relevanceCorpus.Count:#,0} documents)."));
    Console.WriteLine();
    Console.Write(ResultTable.Render(engines.Select(e => e.Result)));
    Console.WriteLine();
    foreach (var note in notes.Distinct())
    {
        Console.WriteLine($"- {note}");
    }

    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static void Run(ISearchEngine engine, EngineResult result, MixQuery query, List<string> notes)
{
    try
    {
        engine.Search(query.Culture, query.Text, 10);
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        notes.Add($"{result.Engine} failed on {query.Culture} \"{query.Text}\": {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
    }
}
