using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="Instant"/> as an ISO-8601 UTC timestamp (<c>2026-11-22T03:00:00Z</c>), culture-invariant.</summary>
public sealed class InstantJsonConverter : NodaPatternJsonConverter<Instant>
{
    /// <summary>Initializes the converter.</summary>
    public InstantJsonConverter()
        : base("uuuu-MM-ddTHH:mm:ssZ")
    {
    }

    private protected override ParseResult<Instant> Parse(string text) => InstantPattern.ExtendedIso.Parse(text);

    private protected override string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);
}
