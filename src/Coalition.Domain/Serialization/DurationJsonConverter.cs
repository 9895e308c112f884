using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="Duration"/> with NodaTime's JSON round-trip pattern (<c>-H:mm:ss.FFFFFFFFF</c>,
/// for example <c>2:00:00</c> for two hours or <c>72:00:00</c> for three days); culture-invariant.
/// </summary>
public sealed class DurationJsonConverter : NodaPatternJsonConverter<Duration>
{
    /// <summary>Initializes the converter.</summary>
    public DurationJsonConverter()
        : base("H:mm:ss")
    {
    }

    private protected override ParseResult<Duration> Parse(string text) => DurationPattern.JsonRoundtrip.Parse(text);

    private protected override string Format(Duration value) => DurationPattern.JsonRoundtrip.Format(value);
}
