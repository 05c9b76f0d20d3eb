namespace Wegweiser.Web.Tests;

/// <summary>One demo site shared by the read-only tests of a class.</summary>
public sealed class DemoSiteFixture : IDisposable
{
    public WegweiserFactory Factory { get; } = new("demo");

    public void Dispose() => Factory.Dispose();
}
