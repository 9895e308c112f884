using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Coalition.Domain.Reporting;

/// <summary>A calendar quarter such as <c>2026-Q3</c>: the finest date case data keeps. Written to JSON as that text.</summary>
[JsonConverter(typeof(YearQuarterJsonConverter))]
public readonly record struct YearQuarter : IComparable<YearQuarter>
{
    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public YearQuarter(int year, int quarter)
    {
        Year = year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        Quarter = quarter is >= 1 and <= 4 ? quarter : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be between 1 and 4.");
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the quarter, 1 to 4.</summary>
    public int Quarter { get; }

    /// <summary>Returns the quarter a date falls in; the day itself is dropped.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns>Its quarter.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static YearQuarter Of(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? new(date.Year, ((date.Month - 1) / 3) + 1) : throw new ArgumentException("The date must be in the ISO calendar.", nameof(date));

    /// <summary>Parses text such as <c>2026-Q3</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The quarter.</param>
    /// <returns><see langword="true"/> when the text is a quarter.</returns>
    public static bool TryParse(string? text, out YearQuarter value)
    {
        value = default;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || text[6] is < '1' or > '4' || year < 1)
        {
            return false;
        }

        value = new YearQuarter(year, text[6] - '0');
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(YearQuarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    /// <summary>Returns the quarter as <c>2026-Q3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");

    /// <summary>Compares quarters.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    /// <returns>Whether the left is earlier.</returns>
    public static bool operator <(YearQuarter left, YearQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Compares quarters.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    /// <returns>Whether the left is later.</returns>
    public static bool operator >(YearQuarter left, YearQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Compares quarters.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    /// <returns>Whether the left is not later.</returns>
    public static bool operator <=(YearQuarter left, YearQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Compares quarters.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    /// <returns>Whether the left is not earlier.</returns>
    public static bool operator >=(YearQuarter left, YearQuarter right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes a <see cref="YearQuarter"/> as <c>2026-Q3</c>.</summary>
internal sealed class YearQuarterJsonConverter : JsonConverter<YearQuarter>
{
    public override YearQuarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && YearQuarter.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("A quarter must be a string such as \"2026-Q3\".");

    public override void Write(Utf8JsonWriter writer, YearQuarter value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
