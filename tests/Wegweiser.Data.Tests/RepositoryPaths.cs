namespace Wegweiser.Data.Tests;

/// <summary>Finds the repository's folders from the test binary.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wegweiser.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Wegweiser.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Recipes => Path.Combine(Root, "content-recipes");
}
