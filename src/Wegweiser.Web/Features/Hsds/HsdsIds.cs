using System.Security.Cryptography;
using System.Text;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The HSDS ids: name-based UUIDs (RFC 9562 version 5, SHA-1) over one fixed namespace and the
/// name <c>&lt;kind&gt;:&lt;our key&gt;</c>. They depend on nothing but the key, so every node, every run
/// and every export gives an entry the same id.
/// </summary>
public static class HsdsIds
{
    /// <summary>The Wegweiser HSDS namespace; never change it, or every published id changes.</summary>
    public static readonly Guid Namespace = new("3b0c5d52-8a4e-5f1f-9f43-6e2b8d1c7a90");

    public static Guid Of(string kind, string key)
    {
        var name = Encoding.UTF8.GetBytes(kind + ":" + key);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input)[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    public static string Text(string kind, string key) => Of(kind, key).ToString("D");

    public static string Service(string key) => Text("service", key);

    public static string Organization(string key) => Text("organization", key);

    public static string Location(string key, int index) => Text("location", $"{key}:{index}");

    public static string ServiceAtLocation(string key, int index) => Text("service_at_location", $"{key}:{index}");

    public static string Address(string key, int index) => Text("address", $"{key}:{index}");

    public static string Taxonomy(string taxonomy) => Text("taxonomy", taxonomy);

    public static string Term(string taxonomy, string key) => Text("taxonomy_term", $"{taxonomy}:{key}");

    /// <summary>A part of an entry (phone, schedule, language …): its kind, the entry's key and a suffix.</summary>
    public static string Part(string kind, string key, string suffix) => Text(kind, $"{key}:{suffix}");
}
