using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Reporting;

/// <summary>
/// The demand-against-supply part of a release: one table per need (area × referral outcome, with margins), a row per need
/// joining the published counts to the network's supply, and the needs most often left with only rejections.
/// </summary>
/// <param name="Tables">One table per need, suppressed under the release's policy.</param>
/// <param name="Rows">One row per need, in need-code order.</param>
/// <param name="Protection">How the demand tables were protected and linked to the release's other tables.</param>
public sealed record DemandRelease(ImmutableArray<ReleaseTable> Tables, ImmutableArray<DemandRow> Rows, string Protection)
{
    /// <summary>The most needs <see cref="MostRejected"/> lists.</summary>
    public const int MostRejectedCount = 5;

    /// <summary>Gets the tables.</summary>
    public ImmutableArray<ReleaseTable> Tables { get; } = Preconditions.Elements(Tables, Limits.Items, nameof(Tables));

    /// <summary>Gets the rows.</summary>
    public ImmutableArray<DemandRow> Rows { get; } = Preconditions.Elements(Rows, Limits.Items, nameof(Rows));

    /// <summary>Gets the protection paragraph.</summary>
    public string Protection { get; } = Preconditions.BoundedText(Protection, Limits.Text, nameof(Protection));

    /// <summary>
    /// Gets the needs whose cases were most often left with only rejections (by share, among needs whose counts are
    /// published and non-zero), at most <see cref="MostRejectedCount"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<ServiceNeed> MostRejected =>
        [.. Rows.Where(r => r.ShareRejected > 0).OrderByDescending(r => r.ShareRejected).ThenBy(r => r.Need.Code, StringComparer.Ordinal).Take(MostRejectedCount).Select(r => r.Need)];

    /// <summary>Renders the rows as a Markdown table (suppressed counts as <c>s</c>), the most-rejected needs, each need's table by area, and the paragraph.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        static string Show(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : ReleaseTable.SuppressedMarker;
        static string Supply(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "-";
        static string Share(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";
        static string Wait(int? hours) => hours switch { null => "-", < 48 => $"{hours} h", { } h => string.Create(CultureInfo.InvariantCulture, $"{h / 24.0:0.#} d") };
        var md = new StringBuilder();
        md.Append("| need | providers | offerings with places | uncovered areas | cases | not referred | referred, pending | only rejected | accepted | met | share met | median wait for acceptance |\n");
        md.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in Rows.Where(r => r.Cases != 0))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {row.Need.Code} | {Supply(row.Providers)} | {Supply(row.OfferingsWithPlaces)} | {Supply(row.UncoveredAreas)} | {Show(row.Cases)} | {Show(row.NotReferred)} | {Show(row.Referred)} | {Show(row.Rejected)} | {Show(row.Accepted)} | {Show(row.Met)} | {Share(row.ShareMet)} | {Wait(row.MedianHoursToAcceptance)} |\n");
        }

        var rejected = MostRejected;
        md.Append('\n').Append(rejected.IsEmpty ? "No need's cases were left with only rejections in the published counts." : $"Needs most often left with only rejections: {string.Join(", ", rejected.Select(n => n.Code))}.").Append("\n\n");
        foreach (var table in Tables)
        {
            Release.AppendMarkdown(md, table, "###");
        }

        md.Append(Protection).Append('\n');
        return md.ToString();
    }

    /// <inheritdoc />
    public bool Equals(DemandRelease? other) => other is not null && Equality.Sequence(Tables, other.Tables) && Equality.Sequence(Rows, other.Rows) && Protection == other.Protection;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Tables), Equality.SequenceHash(Rows), Protection);
}
