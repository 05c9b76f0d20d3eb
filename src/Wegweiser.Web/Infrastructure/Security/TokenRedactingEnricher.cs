using Serilog.Core;
using Serilog.Events;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// Keeps bearer tokens out of the logs: a <c>RequestPath</c> (of the request log and of ASP.NET
/// Core's log scopes) under a token address (<see cref="SecurityHeadersMiddleware.TokenPathPrefixes"/>)
/// is cut to the address's fixed part, and a query string is dropped wherever one slipped in.
/// </summary>
public sealed class TokenRedactingEnricher : ILogEventEnricher
{
    public const string Redacted = "…";

    private static readonly string[] PathProperties = ["RequestPath", "Path"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in PathProperties)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string path }
                && Redact(path) is var redacted && !ReferenceEquals(redacted, path))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }
    }

    /// <summary>The path without its token and query; the same instance when there is nothing to hide.</summary>
    public static string Redact(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var plain = query >= 0 ? path[..query] : path;
        foreach (var prefix in SecurityHeadersMiddleware.TokenPathPrefixes)
        {
            if (prefix.EndsWith('/') && plain.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && plain.Length > prefix.Length)
            {
                return plain[..prefix.Length] + Redacted;
            }
        }

        return query >= 0 ? plain : path;
    }
}
