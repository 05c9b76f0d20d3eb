namespace Wegweiser.Web.Tests.Features.Paging;

/// <summary>A demo site with 25 more published entries of each public type than the demo brings.</summary>
public sealed class PagingSite : IAsyncLifetime
{
    public const int PerType = 25;

    public WegweiserFactory Factory { get; } = new("demo");

    public HttpClient Visitor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await PagingContent.AddAsync(Factory, PerType);
        Visitor = Factory.CreateClient();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
