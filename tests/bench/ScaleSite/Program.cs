using Wegweiser.ScaleSite;

// Writes the recipe folder scale-N (recipe.json requiring ilm-kreis, plus files of content steps)
// into a recipes folder. tests/bench/scale-site.sh applies it with the site's own setup verb.
// Usage: ScaleSite N --out RECIPES_FOLDER [--seed 2026] [--today YYYY-MM-DD]
if (args.Length == 0 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("Usage: ScaleSite N --out RECIPES_FOLDER [--seed 2026] [--today YYYY-MM-DD]");
    return 2;
}

string? output = null;
var seed = 2026;
var today = DateOnly.FromDateTime(DateTime.UtcNow);
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--seed" when i + 1 < args.Length:
            seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--today" when i + 1 < args.Length:
            today = DateOnly.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"Unknown argument: {args[i]}");
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("--out RECIPES_FOLDER is required.");
    return 2;
}

var written = ScaleRecipeWriter.Write(output, count, seed, today);
Console.WriteLine($"{written.Name}: {written.Items} entries in {written.Files} files, {written.Bytes / 1024 / 1024.0:0.0} MB");
return 0;
