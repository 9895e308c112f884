using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Protections;

/// <summary>A protection's verdict on the facts.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ProtectionVerdict>))]
public enum ProtectionVerdict
{
    /// <summary>The facts do not decide it yet.</summary>
    Undetermined = 0,

    /// <summary>Available on the facts (the deciding agency still decides).</summary>
    Available = 1,

    /// <summary>Not available on the facts.</summary>
    NotAvailable = 2,

    /// <summary>Not needed: a US citizen or permanent resident, or a derivative T holder for certification.</summary>
    NotNeeded = 3,
}
