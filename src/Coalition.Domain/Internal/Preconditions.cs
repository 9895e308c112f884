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
    internal static void ThrowOutOfRange(string paramName, object? actualValue, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, message);
}
