using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// A reporting duty that applies, or may apply, to the client at a candidate provider: what an advocate should explain to
/// the survivor before referring (informed consent). A duty never removes a candidate; it travels with it as this notice.
/// </summary>
/// <param name="DutyCode">The duty's code.</param>
/// <param name="Certainty">Whether the duty certainly applies or may apply.</param>
/// <param name="Sentence">The sentence the advocate can read to the survivor: what the provider must report, and to whom.</param>
/// <param name="InvolvesLawEnforcement">Whether the report reaches law enforcement.</param>
public sealed record DutyNotice(string DutyCode, DutyCertainty Certainty, string Sentence, bool InvolvesLawEnforcement)
{
    /// <summary>Gets the duty's code.</summary>
    public string DutyCode { get; } = Preconditions.Code(DutyCode, Limits.Code, nameof(DutyCode));

    /// <summary>Gets whether the duty applies or may apply.</summary>
    public DutyCertainty Certainty { get; } = Preconditions.Defined(Certainty, nameof(Certainty));

    /// <summary>Gets the sentence to read to the survivor.</summary>
    public string Sentence { get; } = Preconditions.BoundedText(Sentence, Limits.Text * 2, nameof(Sentence));

    /// <summary>Returns the code, the certainty and the sentence.</summary>
    /// <returns>For example <c>child-abuse-neglect (may apply: confirm): Staff must report ...</c>.</returns>
    public override string ToString() => $"{DutyCode} ({(Certainty == DutyCertainty.Applies ? "applies" : "may apply: confirm")}): {Sentence}";
}
