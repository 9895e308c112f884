using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Law;

/// <summary>Whether an offence or element is met on the facts, in Kleene's strong three-valued logic.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Verdict>))]
public enum Verdict
{
    /// <summary>The known facts neither meet nor rule out the definition; more facts are needed.</summary>
    Undetermined = 0,

    /// <summary>The facts meet the definition.</summary>
    Met = 1,

    /// <summary>The facts rule the definition out.</summary>
    NotMet = 2,
}
