using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>2026-11-22</c>), culture-invariant.</summary>
public sealed class LocalDateJsonConverter : NodaPatternJsonConverter<LocalDate>
{
    /// <summary>Initializes the converter.</summary>
    public LocalDateJsonConverter()
        : base("uuuu-MM-dd")
    {
    }

    private protected override ParseResult<LocalDate> Parse(string text) => LocalDatePattern.Iso.Parse(text);

    private protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);
}
