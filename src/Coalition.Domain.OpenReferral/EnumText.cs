using System.Text.Json;

namespace Coalition.Domain.OpenReferral;

/// <summary>Kebab-case text for the library's enums and flag sets, as written in HSDS attributes.</summary>
internal static class EnumText
{
    internal static string Format<T>(T value)
        where T : struct, Enum
    {
        var number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        if (typeof(T).IsDefined(typeof(FlagsAttribute), false))
        {
            if (number == 0)
            {
                return "none";
            }

            return string.Join(", ", Enum.GetValues<T>()
                .Select(v => (Value: v, Bits: Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)))
                .Where(v => v.Bits != 0 && (v.Bits & (v.Bits - 1)) == 0 && (number & v.Bits) == v.Bits)
                .Select(v => Name(v.Value)));
        }

        return Name(value);
    }

    internal static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        long bits = 0;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "none" && typeof(T).IsDefined(typeof(FlagsAttribute), false))
            {
                continue;
            }

            var match = Enum.GetValues<T>().Where(v => Name(v) == part).Select(v => (long?)Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            if (match is null)
            {
                return false;
            }

            bits |= match.Value;
        }

        value = (T)Enum.ToObject(typeof(T), bits);
        return true;
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
