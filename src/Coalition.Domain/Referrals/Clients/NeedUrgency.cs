using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>How soon a client needs a service.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<NeedUrgency>))]
public enum NeedUrgency
{
    /// <summary>Needed now: providers open now (or 24/7) rank higher, closed ones are shown with their next opening.</summary>
    Immediate = 1,

    /// <summary>Needed in the normal course.</summary>
    Routine = 2,
}
