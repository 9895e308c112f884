namespace Coalition.Domain.OpenReferral;

/// <summary>A record, or part of one, that the HSDS import could not map, and why.</summary>
/// <param name="RecordType">The HSDS entity, such as <c>service</c>, <c>schedule</c> or <c>language</c>.</param>
/// <param name="RecordId">The record's id, or <c>(none)</c>.</param>
/// <param name="Path">Where in the input it is, such as <c>contents[3].schedules[1]</c>.</param>
/// <param name="Reason">Why it could not be mapped.</param>
/// <param name="Skipped">Whether the whole service was skipped (otherwise only the part was left out).</param>
public sealed record ImportIssue(string RecordType, string RecordId, string Path, string Reason, bool Skipped)
{
    /// <summary>Gets the HSDS entity.</summary>
    public string RecordType { get; } = Checks.NotBlank(RecordType, nameof(RecordType));

    /// <summary>Gets the record's id.</summary>
    public string RecordId { get; } = Checks.NotBlank(RecordId, nameof(RecordId));

    /// <summary>Gets where in the input it is.</summary>
    public string Path { get; } = Checks.NotBlank(Path, nameof(Path));

    /// <summary>Gets why it could not be mapped.</summary>
    public string Reason { get; } = Checks.NotBlank(Reason, nameof(Reason));

    /// <summary>Returns a one-line description.</summary>
    /// <returns>For example <c>service 'abc' at contents[0]: skipped: no taxonomy term maps to a need</c>.</returns>
    public override string ToString() => $"{RecordType} '{RecordId}' at {Path}: {(Skipped ? "skipped" : "left out")}: {Reason}";
}
