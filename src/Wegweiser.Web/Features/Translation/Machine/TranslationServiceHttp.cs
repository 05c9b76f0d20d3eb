using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// Sends one request to a translation service and turns every way it can fail into a
/// <see cref="MachineTranslationException"/>: 401/403, 429, 456, other errors, timeouts and
/// refused connections. The request body (editor text) and the key never reach an exception
/// message or a log.
/// </summary>
internal static class TranslationServiceHttp
{
    /// <summary>The named <see cref="HttpClient"/> the providers use.</summary>
    public const string ClientName = "MachineTranslation";

    public static async Task<T> SendAsync<T>(HttpClient http, HttpRequestMessage request, TimeSpan timeout, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timer.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new MachineTranslationException(MachineTranslationFailure.Timeout, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new MachineTranslationException(MachineTranslationFailure.Unreachable, inner: e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new MachineTranslationException(status switch
                {
                    (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => MachineTranslationFailure.KeyRejected,
                    (int)HttpStatusCode.TooManyRequests => MachineTranslationFailure.TooManyRequests,
                    456 => MachineTranslationFailure.QuotaExceeded,
                    _ => MachineTranslationFailure.ServiceError,
                }, status);
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(timer.Token)
                    ?? throw new MachineTranslationException(MachineTranslationFailure.ServiceError, status);
            }
            catch (JsonException e)
            {
                throw new MachineTranslationException(MachineTranslationFailure.ServiceError, status, e);
            }
            catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
            {
                throw new MachineTranslationException(MachineTranslationFailure.Timeout, inner: e);
            }
        }
    }

    /// <summary><paramref name="path"/> under the configured service address (which may carry a path of its own).</summary>
    public static Uri Endpoint(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + path, UriKind.Absolute);

    /// <summary>Splits the segments into requests of at most <paramref name="size"/> texts.</summary>
    public static IEnumerable<IReadOnlyList<string>> Batches(IReadOnlyList<string> segments, int size)
    {
        for (var i = 0; i < segments.Count; i += size)
        {
            yield return segments.Skip(i).Take(size).ToList();
        }
    }
}
