using System.Collections.Immutable;

namespace Coalition.Domain.Internal;

/// <summary>Content equality for the immutable arrays that records hold (their own equality is by reference).</summary>
internal static class Equality
{
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefault || right.IsDefault)
        {
            return left.IsDefault == right.IsDefault;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);
    }

    internal static int SequenceHash<T>(ImmutableArray<T> values)
    {
        var hash = new HashCode();
        if (!values.IsDefault)
        {
            foreach (var value in values)
            {
                hash.Add(value);
            }
        }

        return hash.ToHashCode();
    }
}
