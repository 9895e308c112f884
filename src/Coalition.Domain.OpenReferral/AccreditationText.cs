using Coalition.Domain.Referrals.Network;
using NodaTime.Text;

namespace Coalition.Domain.OpenReferral;

/// <summary>The text form of an accreditation in HSDS attributes: <c>full/2027-06-30</c> or <c>partial/2027-06-30</c>.</summary>
internal static class AccreditationText
{
    internal static string Format(Accreditation accreditation) =>
        (accreditation.Scope == AccreditationScope.Full ? "full/" : "partial/") + LocalDatePattern.Iso.Format(accreditation.ValidThrough);

    internal static bool TryParse(string? text, out Accreditation? accreditation)
    {
        accreditation = null;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0)
        {
            return false;
        }

        AccreditationScope? scope = text![..slash] switch
        {
            "full" => AccreditationScope.Full,
            "partial" => AccreditationScope.Partial,
            _ => null,
        };
        var date = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
        if (scope is null || !date.Success)
        {
            return false;
        }

        accreditation = new Accreditation(scope.Value, date.Value);
        return true;
    }
}
