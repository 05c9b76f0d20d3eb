using MimeKit;

namespace Wegweiser.Web.Tests;

/// <summary>
/// The real SMTP server tests/run.sh starts on loopback (tests/tools/SmtpSink): its address for
/// the site's settings, and the messages it received (one .eml file each).
/// </summary>
public static class SmtpSinkMailbox
{
    /// <summary>"127.0.0.1:port" of the running sink; fails (does not skip) when it is not running.</summary>
    public static (string Host, int Port) Server
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("WEGWEISER_TEST_SMTP");
            if (string.IsNullOrEmpty(value) || value.Split(':') is not [var host, var port])
            {
                throw new InvalidOperationException(
                    "WEGWEISER_TEST_SMTP is not set: this test needs the SMTP sink. Run it with tests/run.sh (e.g. tests/run.sh --filter \"FullyQualifiedName~PasswordReset\").");
            }

            return (host, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static string Folder =>
        Environment.GetEnvironmentVariable("WEGWEISER_TEST_SMTP_FOLDER") is { Length: > 0 } folder
            ? folder
            : throw new InvalidOperationException("WEGWEISER_TEST_SMTP_FOLDER is not set: this test needs the SMTP sink. Run it with tests/run.sh.");

    /// <summary>Settings that make a site send its mail to the sink over SMTP.</summary>
    public static Dictionary<string, string> SiteSettings()
    {
        var (host, port) = Server;
        return new()
        {
            ["Wegweiser:Email:Delivery"] = "Smtp",
            ["Wegweiser:Email:Host"] = host,
            ["Wegweiser:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Wegweiser:Email:UseStartTls"] = "false",
            ["Wegweiser:Email:From"] = "Wegweiser Test <wegweiser@example.org>",
        };
    }

    /// <summary>Waits for the messages to an address (other tests share the sink: pick by recipient).</summary>
    public static Task<IReadOnlyList<MimeMessage>> WaitForAsync(string to, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(Folder, to, count, timeout);

    /// <summary>Waits until a folder of .eml files holds <paramref name="count"/> messages to an address.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string folder, string to, int count = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = Read(folder, to);
            if (found.Count >= count || DateTime.UtcNow > until)
            {
                Assert.True(found.Count >= count, $"Expected {count} message(s) to {to} in {folder}, found {found.Count}.");
                return found;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The messages to an address in a folder right now.</summary>
    public static IReadOnlyList<MimeMessage> Read(string folder, string to) =>
        !Directory.Exists(folder)
            ? []
            : Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
