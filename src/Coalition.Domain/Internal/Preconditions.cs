using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Coalition.Domain.Internal;

/// <summary>
/// Small validation helpers in the spirit of NodaTime's <c>Preconditions</c> and the BCL throw helpers.
/// The throwing paths live in separate non-inlined methods so that callers stay small on the hot path.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentNullException"/> naming the parameter.</summary>
    internal static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Returns <paramref name="value"/>, or throws for null (<see cref="ArgumentNullException"/>) or blank (<see cref="ArgumentException"/>) text.</summary>
    internal static string NotBlank([NotNull] string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    /// <summary>Returns <paramref name="value"/>, or throws for null, blank, or text longer than <paramref name="maxLength"/> (the value is not echoed).</summary>
    internal static string BoundedText([NotNull] string? value, int maxLength, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value.Length > maxLength)
        {
            ThrowTooLong(paramName, value.Length, maxLength);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a well-formed catalogue-style code of at most <paramref name="maxLength"/> characters; otherwise throws, quoting at most a short prefix.</summary>
    internal static string Code([NotNull] string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length > maxLength || !Catalogues.CodeSyntax.IsValid(value))
        {
            throw new ArgumentOutOfRangeException(paramName, $"The code {Quote(value)} is not valid. A code is at most {maxLength} characters. {Catalogues.CodeSyntax.Description}");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is defined in <typeparamref name="TEnum"/> (for a flags enum: made only of defined bits); otherwise throws, naming the parameter.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!EnumValues<TEnum>.IsValid(value))
        {
            throw new ArgumentOutOfRangeException(paramName, $"The value {EnumValues<TEnum>.Number(value)} is not a defined {typeof(TEnum).Name}{(EnumValues<TEnum>.IsFlags ? " combination" : string.Empty)}.");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is finite and within ±<paramref name="maxMagnitude"/>; otherwise throws.</summary>
    internal static double Finite(double value, double maxMagnitude, string paramName)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > maxMagnitude)
        {
            throw new ArgumentOutOfRangeException(paramName, $"The number must be finite and from -{maxMagnitude} to {maxMagnitude}.");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is zero or more; otherwise throws.</summary>
    internal static int NonNegative(int value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, "The count cannot be negative.");
        }

        return value;
    }

    /// <summary>Returns the array (empty for default) when it has at most <paramref name="maxCount"/> elements and no null; otherwise throws.</summary>
    internal static ImmutableArray<T> Elements<T>(ImmutableArray<T> values, int maxCount, string paramName)
        where T : class
    {
        var array = values.IsDefault ? [] : values;
        if (array.Length > maxCount)
        {
            throw new ArgumentOutOfRangeException(paramName, $"The collection has {array.Length} elements; at most {maxCount} are allowed.");
        }

        NoNullElements(array, paramName);
        return array;
    }

    /// <summary>Returns <paramref name="value"/> when it is null or defined in <typeparamref name="TEnum"/>; otherwise throws, naming the parameter.</summary>
    internal static TEnum? DefinedOrNull<TEnum>(TEnum? value, string paramName)
        where TEnum : struct, Enum => value is { } v ? Defined(v, paramName) : null;

    /// <summary>Returns the array when it has at least one element, no null, at most <see cref="Limits.Items"/> elements, and no code twice.</summary>
    internal static ImmutableArray<T> NonEmptyDistinct<T>(ImmutableArray<T> values, Func<T, string> code, string what, string paramName)
        where T : class
    {
        var list = Elements(values, Limits.Items, paramName);
        if (list.IsEmpty)
        {
            throw new ArgumentException($"At least one {what} is needed.", paramName);
        }

        if (list.Select(code).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException($"A {what} code repeats.", paramName);
        }

        return list;
    }

    /// <summary>Returns the array (empty for default) when it has at most <paramref name="maxCount"/> well-formed codes (<see cref="Code"/>); otherwise throws.</summary>
    internal static ImmutableArray<string> Codes(ImmutableArray<string> values, int maxCount, string paramName)
    {
        var array = values.IsDefault ? [] : values;
        if (array.Length > maxCount)
        {
            throw new ArgumentOutOfRangeException(paramName, $"The collection has {array.Length} elements; at most {maxCount} are allowed.");
        }

        foreach (var value in array)
        {
            Code(value, Limits.Code, paramName);
        }

        return array;
    }

    /// <summary>Returns <paramref name="value"/> unchanged when it is null or a bounded, non-blank text; otherwise throws.</summary>
    internal static string? OptionalText(string? value, int maxLength, string paramName) =>
        value is null ? null : BoundedText(value, maxLength, paramName);

    /// <summary>
    /// Quotes a value for a message: at most its first 40 characters, in single quotes; or, when it could be personal data
    /// (four or more digits, as in a date) or is not printable ASCII, only its length.
    /// </summary>
    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var shown = value.AsSpan(0, Math.Min(value.Length, 40));
        var digits = 0;
        foreach (var c in shown)
        {
            if (c is < ' ' or > '~' or '\'' || (char.IsAsciiDigit(c) && ++digits >= 4))
            {
                return $"(a value of {value.Length} characters, not shown)";
            }
        }

        return value.Length <= 40 ? $"'{value}'" : $"'{shown}…' ({value.Length} characters)";
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="values"/> is default or holds a null element.</summary>
    internal static void NoNullElements<T>(IEnumerable<T?> values, string paramName)
        where T : class
    {
        var index = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                ThrowNullElement(paramName, index);
            }

            index++;
        }
    }

    [DoesNotReturn]
    internal static void ThrowNullElement(string paramName, int index) =>
        throw new ArgumentException($"The collection contains a null element at index {index}.", paramName);

    [DoesNotReturn]
    internal static void ThrowTooLong(string paramName, int length, int maxLength) =>
        throw new ArgumentOutOfRangeException(paramName, $"The text is {length} characters long; at most {maxLength} are allowed.");

    [DoesNotReturn]
    internal static void ThrowOutOfRange(string paramName, object? actualValue, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, message);
}
