namespace Wegweiser.Web.Features.Offline.Saving;

/// <summary>
/// What "Save for offline" of one culture downloads, built once per content change (and day, since
/// ended courses and events drop out): the package (<c>paket.json</c>: every public page to keep and
/// their size) and the compact search index (<c>suche.json</c>), both as UTF-8 JSON.
/// </summary>
public sealed record OfflineBundle(string Culture, long ContentVersion, DateOnly Today, string CacheName, byte[] Package, byte[] SearchIndex);
