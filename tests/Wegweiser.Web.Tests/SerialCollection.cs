namespace Wegweiser.Web.Tests;

/// <summary>Test classes that measure time run in this collection, which xunit runs after all others and alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
