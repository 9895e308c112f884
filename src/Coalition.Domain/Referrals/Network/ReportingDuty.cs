using Coalition.Domain.Catalogues;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// A duty a provider's staff have to report something to an authority, with who it is about (<see cref="Trigger"/>), who
/// receives the report, and a plain-language <see cref="Notice"/> an advocate can read to a survivor before referring.
/// A reporting duty is a matter of informed consent, never a reason to withhold care: the matcher attaches the notice to
/// the candidate and never excludes a provider because of a duty (unless the client chose to avoid such providers).
/// </summary>
/// <remarks>
/// Providers declare duties by <see cref="Code"/> (<see cref="Provider.ReportingDuties"/>); a
/// <see cref="Matching.ReferralPolicy"/> holds the definitions in force, starting from <see cref="ReportingDuties.Defaults"/>,
/// which a coalition may narrow or extend for its state. Duties vary by state: the library's defaults are documented as
/// federal or typical (<see cref="Basis"/>), never as the law of a particular state. Value-equal.
/// </remarks>
public sealed record ReportingDuty : ICatalogueEntry
{
    private readonly string receivers = "authorities";
    private readonly string notice = "This provider may have to report to an authority.";
    private readonly string source = "Not stated.";

    /// <summary>Creates a duty; set <see cref="Receivers"/>, <see cref="Notice"/> and <see cref="Source"/> as well.</summary>
    /// <param name="code">A stable code, such as <c>child-abuse-neglect</c>.</param>
    /// <param name="displayName">A short name, such as <c>Child abuse or neglect</c>.</param>
    /// <param name="trigger">Who the duty is about.</param>
    /// <param name="basis">Where the duty comes from.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed or too long, or the name is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The trigger or basis is not a defined value.</exception>
    public ReportingDuty(string code, string displayName, DutyTrigger trigger, DutyBasis basis)
    {
        Code = Preconditions.Code(code, Limits.Code, nameof(code));
        DisplayName = Preconditions.BoundedText(displayName, Limits.Name, nameof(displayName));
        Trigger = Enum.IsDefined(trigger) ? trigger : throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown duty trigger.");
        Basis = Enum.IsDefined(basis) ? basis : throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown duty basis.");
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the short name.</summary>
    public string DisplayName { get; }

    /// <summary>Gets who the duty is about.</summary>
    public DutyTrigger Trigger { get; }

    /// <summary>Gets where the duty comes from.</summary>
    public DutyBasis Basis { get; }

    /// <summary>Gets who receives the report, in words, such as <c>child protective services or law enforcement</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank or longer than 2,000 characters.</exception>
    public required string Receivers { get => receivers; init => receivers = Preconditions.BoundedText(value, Limits.Text, nameof(Receivers)); }

    /// <summary>Gets the sentence an advocate can read to the survivor: what the provider must report, and to whom.</summary>
    /// <exception cref="ArgumentException">The value is blank or longer than 2,000 characters.</exception>
    public required string Notice { get => notice; init => notice = Preconditions.BoundedText(value, Limits.Text, nameof(Notice)); }

    /// <summary>Gets the citation of the duty's source, such as <c>42 U.S.C. 671(a)(34)(A)</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank or longer than 2,000 characters.</exception>
    public required string Source { get => source; init => source = Preconditions.BoundedText(value, Limits.Text, nameof(Source)); }

    /// <summary>Gets whether the report reaches law enforcement, so that a survivor who declined police contact is told.</summary>
    public bool InvolvesLawEnforcement { get; init; }

    /// <summary>Returns whether <paramref name="code"/> is a well-formed duty code: 1 to 100 characters of lower-case words joined by hyphens or dots.</summary>
    /// <param name="code">Text to check.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsValidCode(string? code) => code is { Length: > 0 and <= Limits.Code } && CodeSyntax.IsValid(code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
