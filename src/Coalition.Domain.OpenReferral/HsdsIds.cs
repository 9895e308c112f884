using System.Security.Cryptography;
using System.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>
/// Stable, name-based UUIDs (RFC 9562 version 5) for the ids HSDS requires, derived from the library's codes: the same
/// provider, offering or term always gets the same UUID, so that repeated exports update rather than duplicate records.
/// </summary>
internal static class HsdsIds
{
    /// <summary>The namespace of the library's HSDS ids (itself a version 5 UUID of "coalition-domain" in the URL namespace).</summary>
    private static readonly byte[] Namespace = Guid.Parse("1b671a64-40d5-491e-99b0-da01ff1f3341").ToByteArray(bigEndian: true);

    /// <summary>The UUID for a kind of record and its natural key, such as ("service", "provider-1/s1").</summary>
    internal static string Of(string kind, string key)
    {
        var name = Encoding.UTF8.GetBytes(kind + ":" + key);
        var input = new byte[Namespace.Length + name.Length];
        Namespace.CopyTo(input, 0);
        name.CopyTo(input, Namespace.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; it is not used for security here.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
