using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="Period"/> as an ISO 8601 period such as <c>P1Y</c> or <c>P60D</c> (NodaTime's round-trip pattern).</summary>
public sealed class PeriodJsonConverter : NodaPatternJsonConverter<Period>
{
    /// <summary>Creates the converter.</summary>
    public PeriodJsonConverter()
        : base("an ISO 8601 period such as P1Y or P60D")
    {
    }

    private protected override ParseResult<Period> Parse(string text) => PeriodPattern.Roundtrip.Parse(text);

    private protected override string Format(Period value) => PeriodPattern.Roundtrip.Format(value);
}
