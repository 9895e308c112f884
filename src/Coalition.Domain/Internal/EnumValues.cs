using System.Runtime.CompilerServices;

namespace Coalition.Domain.Internal;

/// <summary>The defined values of an enum, computed once: for a flags enum the union of its bits, otherwise the set of values. AOT-safe.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumValues<TEnum>
    where TEnum : struct, Enum
{
    private static readonly ulong[] Values = [.. Enum.GetValues<TEnum>().Select(ToUInt64).Distinct().Order()];

    private static readonly ulong AllBits = Values.Aggregate(0UL, (bits, value) => bits | value);

    /// <summary>Gets whether the enum is marked <see cref="FlagsAttribute"/>.</summary>
    internal static bool IsFlags { get; } = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <summary>Returns whether <paramref name="value"/> is defined: for flags, made only of defined bits.</summary>
    internal static bool IsValid(TEnum value)
    {
        var number = ToUInt64(value);
        return IsFlags ? (number & ~AllBits) == 0 : Array.BinarySearch(Values, number) >= 0;
    }

    /// <summary>Returns the numeric value, for messages.</summary>
    internal static ulong Number(TEnum value) => ToUInt64(value);

    /// <summary>Reads the enum's bits as an unsigned number (a negative value reads as a large one, which no enum here defines).</summary>
    private static ulong ToUInt64(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, ushort>(ref value),
        4 => Unsafe.As<TEnum, uint>(ref value),
        _ => Unsafe.As<TEnum, ulong>(ref value),
    };
}
