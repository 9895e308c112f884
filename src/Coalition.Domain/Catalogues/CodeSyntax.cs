using System.Buffers;

namespace Coalition.Domain.Catalogues;

/// <summary>The syntax every catalogue code follows.</summary>
internal static class CodeSyntax
{
    internal const string Description =
        "A code is lower-case ASCII letters and digits in hyphen-joined words, with dots between a parent and its variant, e.g. 'housing.emergency'.";

    private static readonly SearchValues<char> WordCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Returns whether <paramref name="code"/> is a syntactically valid code.</summary>
    internal static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return false;
        }

        var previousWasSeparator = true;
        foreach (var c in code)
        {
            if (WordCharacters.Contains(c))
            {
                previousWasSeparator = false;
            }
            else if (c is '-' or '.')
            {
                if (previousWasSeparator)
                {
                    return false;
                }

                previousWasSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator;
    }
}
