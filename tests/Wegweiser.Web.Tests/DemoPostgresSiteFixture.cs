namespace Wegweiser.Web.Tests;

/// <summary>One demo site on a PostgreSQL database of its own, shared by the read-only tests of a class.</summary>
public sealed class DemoPostgresSiteFixture : IDisposable
{
    public WegweiserFactory Factory { get; } = new("demo", "postgres");

    public void Dispose() => Factory.Dispose();
}
