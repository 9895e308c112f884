using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Operations;

/// <summary>Whether an agreement lets its parties share survivor information, and under what consent.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AgreementDataSharing>))]
public enum AgreementDataSharing
{
    /// <summary>No survivor information is shared.</summary>
    None = 1,

    /// <summary>Only de-identified aggregates are shared.</summary>
    AggregatesOnly = 2,

    /// <summary>
    /// Information about a survivor is shared only under that survivor's signed, time-limited release naming the recipient
    /// (<c>Coalition.Domain.Referrals.Lifecycle.ConsentRelease</c>); the agreement itself never authorises sharing.
    /// </summary>
    WithClientRelease = 3,
}
