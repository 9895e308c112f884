using System.Diagnostics.CodeAnalysis;

namespace Coalition.Domain.OpenReferral;

/// <summary>Argument checks that return the value, for record property initializers.</summary>
internal static class Checks
{
    internal static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    internal static string NotBlank([NotNull] string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }
}
