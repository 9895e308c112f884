namespace Coalition.Domain.OpenReferral;

/// <summary>A record, or part of one, that the HSDS import could not map, and why.</summary>
/// <param name="RecordType">The HSDS entity, such as <c>service</c>, <c>schedule</c> or <c>language</c>.</param>
/// <param name="RecordId">The record's id, or <c>(none)</c>.</param>
/// <param name="Path">Where in the input it is, such as <c>contents[3].schedules[1]</c>.</param>
/// <param name="Reason">Why it could not be mapped.</param>
/// <param name="Skipped">Whether the whole service was skipped (otherwise only the part was left out).</param>
/// <remarks>Every text is bounded: the id and path to <see cref="MaxIdLength"/> characters, the reason to <see cref="MaxReasonLength"/> (cut and marked with an ellipsis).</remarks>
public sealed record ImportIssue(string RecordType, string RecordId, string Path, string Reason, bool Skipped)
{
    /// <summary>The longest <see cref="RecordId"/> and <see cref="Path"/> kept; a longer one is cut.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest <see cref="Reason"/> kept; a longer one is cut.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Gets the HSDS entity.</summary>
    public string RecordType { get; } = Cut(Checks.NotBlank(RecordType, nameof(RecordType)), MaxIdLength);

    /// <summary>Gets the record's id, cut to <see cref="MaxIdLength"/> characters.</summary>
    public string RecordId { get; } = Cut(Checks.NotBlank(RecordId, nameof(RecordId)), MaxIdLength);

    /// <summary>Gets where in the input it is, cut to its last <see cref="MaxIdLength"/> characters.</summary>
    public string Path { get; } = CutStart(Checks.NotBlank(Path, nameof(Path)), MaxIdLength);

    /// <summary>Gets why it could not be mapped, cut to <see cref="MaxReasonLength"/> characters.</summary>
    public string Reason { get; } = Cut(Checks.NotBlank(Reason, nameof(Reason)), MaxReasonLength);

    /// <summary>Quotes a value for a reason: its first 40 characters, or only its length when it could be personal data (four or more digits) or is not printable ASCII.</summary>
    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var shown = value.AsSpan(0, Math.Min(value.Length, 40));
        var digits = 0;
        foreach (var c in shown)
        {
            if (c is < ' ' or > '~' or '\'' || (char.IsAsciiDigit(c) && ++digits >= 4))
            {
                return $"(a value of {value.Length} characters, not shown)";
            }
        }

        return value.Length <= 40 ? $"'{value}'" : $"'{shown}…'";
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string CutStart(string text, int max) => text.Length <= max ? text : string.Concat("…", text.AsSpan(text.Length - max + 1));

    /// <summary>Returns a one-line description.</summary>
    /// <returns>For example <c>service 'abc' at contents[0]: skipped: no taxonomy term maps to a need</c>.</returns>
    public override string ToString() => $"{RecordType} '{RecordId}' at {Path}: {(Skipped ? "skipped" : "left out")}: {Reason}";
}
