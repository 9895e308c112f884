using NodaTime;
using NodaTime.Text;

namespace Coalition.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalTime"/> as ISO <c>HH:mm</c> (or <c>HH:mm:ss</c> when it has seconds), as Open Referral HSDS does; culture-invariant.</summary>
public sealed class LocalTimeJsonConverter : NodaPatternJsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <summary>Initializes the converter.</summary>
    public LocalTimeJsonConverter()
        : base("HH:mm")
    {
    }

    private protected override ParseResult<LocalTime> Parse(string text) => text.Length == 5 ? Minutes.Parse(text) : Seconds.Parse(text);

    private protected override string Format(LocalTime value) =>
        value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes.Format(value) : Seconds.Format(value);
}
