using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>Reset links are built on <c>Wegweiser:PublicBaseUrl</c>, never on the Host header a client sends.</summary>
public partial class PasswordResetTests
{
    [Fact]
    public async Task A_forged_Host_header_does_not_reach_the_emailed_link()
    {
        // Arrange
        var settings = SmtpSinkMailbox.SiteSettings();
        settings["Wegweiser:PublicBaseUrl"] = "https://wegweiser.example.org";
        await using var factory = new WegweiserFactory("blank", "sqlite", null, null, settings);
        var name = $"hans{Guid.NewGuid():N}"[..20];
        await TestAccounts.CreateAsync(factory, name, Roles.Volunteer);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });

        // Act
        await RequestAsync(client, $"{name}@example.org");
        var mail = (await SmtpSinkMailbox.WaitForAsync($"{name}@example.org")).Single();

        // Assert
        Assert.StartsWith("https://wegweiser.example.org/konto/passwort-neu?", LinkIn(mail.TextBody));
        Assert.DoesNotContain("evil.example", mail.TextBody);
    }
}
