using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Clients;

/// <summary>How the referral rules treat a client's age.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AgeTreatment>))]
public enum AgeTreatment
{
    /// <summary>18 or over: an adult's choices are honoured.</summary>
    Adult = 1,

    /// <summary>Under 18: a minor's protections apply, including mandatory routing to child protection.</summary>
    Minor = 2,

    /// <summary>
    /// Age unknown, protected as a possible minor ("when in doubt, protect as a minor"; child victims are often coached to say
    /// they are 18): youth services stay candidates, adult-only ones are marked to confirm age, duties for minors "may apply",
    /// and mandatory rules for minors are listed as actions to confirm without admitting anyone the client declined.
    /// </summary>
    PossibleMinor = 3,
}
