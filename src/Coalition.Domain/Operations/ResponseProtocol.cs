using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Coalition.Domain.Internal;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>
/// A coalition's community response protocol (seed 003): for each identification point, the ordered steps that ensure
/// comprehensive, consistent care. Renders as a printable Markdown document to sign (<see cref="ToMarkdown"/>) and as JSON
/// (<c>CoalitionJsonContext.Default.ResponseProtocol</c>). Checked by <see cref="ProtocolCheck"/>.
/// </summary>
/// <param name="Name">The protocol's title.</param>
/// <param name="Points">One protocol per identification point, each point at most once; kept in catalogue order of point code.</param>
public sealed record ResponseProtocol(string Name, ImmutableArray<PointProtocol> Points)
{
    /// <summary>Gets the title.</summary>
    public string Name { get; } = Preconditions.BoundedText(Name, Limits.Name, nameof(Name));

    /// <summary>Gets the protocols, ordered by point code.</summary>
    public ImmutableArray<PointProtocol> Points { get; } = Distinct(Points, nameof(Points));

    /// <summary>Returns the protocol for a point, or <see langword="null"/>.</summary>
    /// <param name="point">The identification point.</param>
    /// <returns>Its protocol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
    public PointProtocol? For(IdentificationPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Points.FirstOrDefault(p => p.Point == point);
    }

    /// <summary>Renders the protocol as a Markdown document a coalition can print and sign: each point's steps with who acts, how soon and when, then a signature line per member.</summary>
    /// <param name="signatories">The member organisations that sign it, in the order to print.</param>
    /// <returns>The Markdown text, deterministic for the same protocol and signatories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signatories"/> is null.</exception>
    public string ToMarkdown(IEnumerable<string> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        var md = new StringBuilder();
        md.Append("# ").Append(Name).Append("\n\n");
        md.Append("Adults decide whether law enforcement is told; a step that involves law enforcement is taken only with the survivor's consent, or for a known minor under a mandatory rule. A survivor of unknown age is protected as a possible minor and keeps an adult's choices.\n");
        foreach (var point in Points)
        {
            md.Append("\n## ").Append(point.Point.DisplayName).Append("\n\n");
            for (var i = 0; i < point.Steps.Length; i++)
            {
                var step = point.Steps[i];
                md.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{step.Action.DisplayName}** — {string.Join(", ", step.Performers.Select(c => c.DisplayName))}; within {Describe(step.Within)}");
                if (step.AppliesWhen != StepConditions.None)
                {
                    md.Append("; when: ").Append(Words(step.AppliesWhen));
                }

                if (step.Instrument is { } instrument)
                {
                    md.Append("; instrument: ").Append(instrument);
                }

                if (step.Basis != LawEnforcementBasis.None)
                {
                    md.Append(step.Basis == LawEnforcementBasis.Consent ? "; only with the survivor's consent" : "; under a mandatory rule, known minors only");
                }

                md.Append(".\n");
            }
        }

        md.Append("\n## Signatures\n\n| member | name and title | signature | date |\n|---|---|---|---|\n");
        foreach (var member in signatories)
        {
            md.Append("| ").Append(member).Append(" | | | |\n");
        }

        return md.ToString();
    }

    /// <summary>Returns the title and size.</summary>
    /// <returns>For example <c>Riverbend response protocol (3 points)</c>.</returns>
    public override string ToString() => $"{Name} ({Points.Length} points)";

    /// <inheritdoc />
    public bool Equals(ResponseProtocol? other) => other is not null && Name == other.Name && Equality.Sequence(Points, other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Equality.SequenceHash(Points));

    internal static string Describe(Duration duration) =>
        duration.TotalHours < 48 && duration.BclCompatibleTicks % NodaConstants.TicksPerHour == 0
            ? $"{(long)duration.TotalHours} hour(s)"
            : duration.BclCompatibleTicks % NodaConstants.TicksPerDay == 0 ? $"{(long)duration.TotalDays} day(s)" : duration.ToString("o", CultureInfo.InvariantCulture);

    internal static string Words(StepConditions conditions) =>
        string.Join(", ", Enum.GetValues<StepConditions>().Where(c => c != StepConditions.None && (conditions & c) != 0).Select(c => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(c.ToString())));

    private static ImmutableArray<PointProtocol> Distinct(ImmutableArray<PointProtocol> points, string paramName)
    {
        var list = Preconditions.Elements(points, Limits.Items, paramName);
        var repeated = list.GroupBy(p => p.Point).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The identification point '{repeated.Key.Code}' has more than one protocol.", paramName);
        }

        return [.. list.OrderBy(p => p.Point.Code, StringComparer.Ordinal)];
    }
}
