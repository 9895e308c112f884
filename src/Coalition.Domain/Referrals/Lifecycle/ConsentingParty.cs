using System.Text.Json.Serialization;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Referrals.Lifecycle;

/// <summary>Who consented to a release, by role; never a name.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ConsentingParty>))]
public enum ConsentingParty
{
    /// <summary>The client, whatever their age.</summary>
    Client = 1,

    /// <summary>A parent or guardian of an unemancipated minor (34 U.S.C. 12291(b)(2)(B)(ii)).</summary>
    ParentOrGuardian = 2,

    /// <summary>The court-appointed guardian of a legally incapable person (34 U.S.C. 12291(b)(2)(B)(ii)).</summary>
    CourtAppointedGuardian = 3,
}
