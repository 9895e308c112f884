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
            ThrowOutOfRange(paramName, Prefix(value), $"A code is at most {maxLength} characters. {Catalogues.CodeSyntax.Description}");
        }

        return value;
    }

    /// <summary>Returns at most the first 40 characters of <paramref name="value"/>, marked when cut, for use in messages.</summary>
    internal static string Prefix(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

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
        throw new ArgumentOutOfRangeException(paramName, length, $"The text is {length} characters long; at most {maxLength} are allowed.");

    [DoesNotReturn]
    internal static void ThrowOutOfRange(string paramName, object? actualValue, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, message);
}
