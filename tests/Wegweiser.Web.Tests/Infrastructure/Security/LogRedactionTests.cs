using Wegweiser.Web.Infrastructure.Security;

namespace Wegweiser.Web.Tests.Infrastructure.Security;

/// <summary>The request log never records the token of a review-round or password-reset address.</summary>
public class LogRedactionTests
{
    [Fact]
    public async Task Request_logs_keep_the_address_but_not_its_token()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank");
        var client = factory.CreateClient();

        // Act
        await client.GetAsync("/rueckmeldung/Geheimes-Token-1234567890");
        await client.GetAsync("/konto/passwort-neu?konto=abc&code=Geheimer-Code-0987654321");
        await client.GetAsync("/de/");

        // Assert
        var log = ReadLogs(factory);
        Assert.Contains("/rueckmeldung/" + TokenRedactingEnricher.Redacted, log);
        Assert.Contains("/konto/passwort-neu", log);
        Assert.Contains("\"RequestPath\":\"/de/\"", log);
        Assert.DoesNotContain("Geheimes-Token", log);
        Assert.DoesNotContain("Geheimer-Code", log);
    }

    [Theory]
    [InlineData("/rueckmeldung/abc", "/rueckmeldung/…")]
    [InlineData("/rueckmeldung/abc?x=1", "/rueckmeldung/…")]
    [InlineData("/konto/passwort-neu?konto=a&code=b", "/konto/passwort-neu")]
    [InlineData("/de/suche?q=kurs", "/de/suche")]
    [InlineData("/de/", "/de/")]
    public void Paths_lose_tokens_and_queries(string path, string logged)
    {
        Assert.Equal(logged, TokenRedactingEnricher.Redact(path));
    }

    private static string ReadLogs(WegweiserFactory factory)
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            text.Append(new StreamReader(stream).ReadToEnd());
        }

        return text.ToString();
    }
}
