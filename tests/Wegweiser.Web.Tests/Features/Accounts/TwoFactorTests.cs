using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Tests.Features.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app: staff must set it up
/// before they reach any admin page; then they sign in with a code or a recovery code.
/// </summary>
public partial class TwoFactorTests
{
    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    [Fact]
    public async Task A_publisher_without_two_factor_is_sent_to_set_it_up_and_then_reaches_the_admin_area()
    {
        // Arrange
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateWithoutTwoFactorAsync(factory, "beauftragte", Roles.Publisher);
        var client = factory.CreateClient(NoRedirects);

        // Act
        var signIn = await TestAccounts.SignInAsync(client, "beauftragte", returnUrl: "/admin");
        var blocked = await client.GetAsync("/admin/vorschlaege");
        var setup = await client.GetStringAsync("/konto/zwei-faktor");
        var key = Key().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var wrong = await EnableAsync(client, "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000");
        var enabled = await EnableAsync(client, Totp.Code(key, DateTimeOffset.UtcNow));
        var enabledHtml = await enabled.Content.ReadAsStringAsync();
        var admin = await client.GetAsync("/admin");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/konto/zwei-faktor?ReturnUrl=%2Fadmin", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/konto/zwei-faktor?ReturnUrl=%2Fadmin%2Fvorschlaege", blocked.Headers.Location!.OriginalString);
        Assert.Contains("vorgeschrieben", setup);
        Assert.Contains("<svg", setup);
        Assert.DoesNotContain("http://", setup.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
        Assert.Equal(32, key.Length);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Der Code stimmt nicht.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("ist jetzt eingeschaltet", enabledHtml);
        Assert.Equal(10, RecoveryCode().Matches(enabledHtml).Count);
        Assert.True(enabled.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/vorschlaege")]
    [InlineData("/admin/uebersetzungen")]
    [InlineData("/admin/medien")]
    public async Task The_first_administrator_reaches_no_admin_page_before_two_factor_is_on(string url)
    {
        await using var factory = new WegweiserFactory("blank");
        var client = factory.CreateClient(NoRedirects);

        var signIn = await TestAccounts.SignInAsync(client, "admin", WegweiserFactory.AdminPassword);
        var page = await client.GetAsync(url);

        Assert.StartsWith("/konto/zwei-faktor", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/konto/zwei-faktor?ReturnUrl=", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_asks_for_the_code_and_refuses_a_wrong_one()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var client = factory.CreateClient(NoRedirects);

        var password = await PasswordStepAsync(client, "beauftragte", "/admin");
        var beforeCode = await client.GetAsync("/admin");
        var codePage = await client.GetStringAsync(password.Headers.Location!.OriginalString);
        var wrong = await TestAccounts.SendCodeAsync(client, password.Headers.Location!.OriginalString, WrongCode());
        var right = await TestAccounts.SendCodeAsync(client, password.Headers.Location!.OriginalString, Totp.Code(TestAccounts.AuthenticatorKey, DateTimeOffset.UtcNow));
        var admin = await client.GetAsync("/admin");

        Assert.Equal("/konto/anmelden-code?ReturnUrl=%2Fadmin", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.StartsWith("/konto/anmelden", beforeCode.Headers.Location!.OriginalString);
        Assert.Contains("autocomplete=\"one-time-code\"", codePage);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("aria-describedby=\"hint-code err-code\"", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var codes = await RecoveryCodesAsync(factory, "beauftragte");
        var first = factory.CreateClient(NoRedirects);
        var second = factory.CreateClient(NoRedirects);

        var step = await PasswordStepAsync(first, "beauftragte", "/admin");
        var used = await TestAccounts.SendCodeAsync(first, step.Headers.Location!.OriginalString, codes[0].ToLowerInvariant());
        var stepAgain = await PasswordStepAsync(second, "beauftragte", "/admin");
        var reused = await TestAccounts.SendCodeAsync(second, stepAgain.Headers.Location!.OriginalString, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/admin", used.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        await using var factory = new WegweiserFactory("blank");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var client = factory.CreateClient(NoRedirects);

        var step = await PasswordStepAsync(client, "beauftragte", "/admin");
        for (var i = 0; i < 5; i++)
        {
            await TestAccounts.SendCodeAsync(client, step.Headers.Location!.OriginalString, WrongCode());
        }

        var right = await TestAccounts.SendCodeAsync(client, step.Headers.Location!.OriginalString, Totp.Code(TestAccounts.AuthenticatorKey, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("für 15 Minuten gesperrt", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_factor_sign_in_works_on_PostgreSQL()
    {
        await using var factory = new WegweiserFactory("blank", "postgres");
        await TestAccounts.CreateAsync(factory, "beauftragte", Roles.Publisher);
        var codes = await RecoveryCodesAsync(factory, "beauftragte");
        var client = factory.CreateClient(NoRedirects);
        var recoveryClient = factory.CreateClient(NoRedirects);

        var signIn = await TestAccounts.SignInAsync(client, "beauftragte", returnUrl: "/admin");
        var admin = await client.GetAsync("/admin");
        var step = await PasswordStepAsync(recoveryClient, "beauftragte", "/admin");
        var recovered = await TestAccounts.SendCodeAsync(recoveryClient, step.Headers.Location!.OriginalString, codes[^1]);

        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("/admin", recovered.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_code_step_needs_the_password_step_first()
    {
        await using var factory = new WegweiserFactory("blank");

        var response = await factory.CreateClient(NoRedirects).GetAsync("/konto/anmelden-code");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/anmelden", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("ABCDE-FGHIJ", null)]
    public void App_codes_may_carry_spaces_and_dashes(string input, string? expected) =>
        Assert.Equal(expected, TwoFactorCode.AsAuthenticatorCode(input));

    [Fact]
    public void The_QR_code_names_the_issuer_Wegweiser()
    {
        var uri = TwoFactorCode.OtpAuthUri("Wegweiser", "erika müller", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/Wegweiser:erika%20m%C3%BCller?secret=JBSWY3DPEHPK3PXP&issuer=Wegweiser&digits=6", uri);
        Assert.Equal("jbsw y3dp ehpk 3pxp", TwoFactorCode.Grouped("JBSWY3DPEHPK3PXP"));
    }

    private static async Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string user, string returnUrl) =>
        await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/anmelden"),
            ["UserName"] = user,
            ["Password"] = TestAccounts.Password,
            ["ReturnUrl"] = returnUrl,
        }));

    private static async Task<HttpResponseMessage> EnableAsync(HttpClient client, string code) =>
        await client.PostAsync("/konto/zwei-faktor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestAccounts.TokenAsync(client, "/konto/zwei-faktor"),
            ["Code"] = code,
        }));

    /// <summary>A six-digit code that is none of the codes the site accepts right now (±2 steps).</summary>
    private static string WrongCode()
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.Code(TestAccounts.AuthenticatorKey, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !valid.Contains(c));
    }

    private static async Task<List<string>> RecoveryCodesAsync(WegweiserFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(name);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 10))!.ToList();
    }

    [GeneratedRegex("id=\"tf-key\"[^>]*>([a-z2-7 ]+)<")]
    private static partial Regex Key();

    [GeneratedRegex("<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>")]
    private static partial Regex RecoveryCode();
}
