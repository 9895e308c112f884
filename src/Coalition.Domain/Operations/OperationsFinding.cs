using Coalition.Domain.Internal;

namespace Coalition.Domain.Operations;

/// <summary>A problem found in a coalition's protocol, agreements or training, with the next step that fixes it.</summary>
/// <param name="Code">What kind of finding, such as <c>role-unfilled</c> (see <see cref="OperationsFindingCodes"/>).</param>
/// <param name="Subject">What it is about: a step key, an agreement id, a point or an audience.</param>
/// <param name="Finding">What is wrong, in plain language.</param>
/// <param name="NextStep">What to do about it.</param>
public sealed record OperationsFinding(string Code, string Subject, string Finding, string NextStep)
{
    /// <summary>Gets the kind of finding.</summary>
    public string Code { get; } = Preconditions.Code(Code, Limits.Code, nameof(Code));

    /// <summary>Gets the subject.</summary>
    public string Subject { get; } = Preconditions.BoundedText(Subject, Limits.Name, nameof(Subject));

    /// <summary>Gets what is wrong.</summary>
    public string Finding { get; } = Preconditions.BoundedText(Finding, Limits.Text, nameof(Finding));

    /// <summary>Gets what to do.</summary>
    public string NextStep { get; } = Preconditions.BoundedText(NextStep, Limits.Text, nameof(NextStep));
}
