using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>How a revocation was made. Unlike a release, a revocation may be verbal; it takes effect at once.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<RevocationMethod>))]
public enum RevocationMethod
{
    /// <summary>Said aloud, and recorded by whoever heard it.</summary>
    Verbal = 1,

    /// <summary>In writing (including electronically).</summary>
    Written = 2,
}
