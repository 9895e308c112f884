using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Referrals.Network;

/// <summary>
/// Where an offering serves clients: anywhere, or a set of area codes such as counties (<c>us-xx-north-county</c>).
/// Codes are compared ordinally, case-sensitively. Value-equal.
/// </summary>
public sealed record ServiceArea
{
    /// <summary>Creates a service area.</summary>
    /// <param name="isAnywhere">Whether the offering serves clients from anywhere.</param>
    /// <param name="areas">The area codes served, when not anywhere; sorted and de-duplicated.</param>
    /// <exception cref="ArgumentException">Both anywhere and a list of areas are given, or neither; or an area code is blank.</exception>
    public ServiceArea(bool isAnywhere, ImmutableArray<string> areas)
    {
        var list = areas.IsDefault ? [] : areas;
        if (list.Length > MaxAreas)
        {
            throw new ArgumentOutOfRangeException(nameof(areas), $"A service area lists at most {MaxAreas} areas.");
        }

        foreach (var area in list)
        {
            Preconditions.BoundedText(area, MaxAreaLength, nameof(areas));
        }

        if (isAnywhere == !list.IsEmpty)
        {
            throw new ArgumentException(isAnywhere ? "A service area is either anywhere or a list of areas, not both." : "A service area needs at least one area code, or anywhere.", nameof(areas));
        }

        IsAnywhere = isAnywhere;
        Areas = [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the area that covers everywhere.</summary>
    public static ServiceArea Anywhere { get; } = new(true, []);

    /// <summary>The most areas a service area may list.</summary>
    public const int MaxAreas = 10_000;

    /// <summary>The longest area code, in characters.</summary>
    public const int MaxAreaLength = 200;

    /// <summary>Gets whether the offering serves clients from anywhere.</summary>
    public bool IsAnywhere { get; }

    /// <summary>Gets the area codes served, sorted; empty when <see cref="IsAnywhere"/>.</summary>
    public ImmutableArray<string> Areas { get; }

    /// <summary>Creates an area covering the given codes.</summary>
    /// <param name="areas">At least one area code.</param>
    /// <returns>The service area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="areas"/> is empty or holds a blank code.</exception>
    public static ServiceArea Of(params string[] areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return new ServiceArea(false, [.. areas]);
    }

    /// <summary>Returns whether the area covers <paramref name="area"/>.</summary>
    /// <param name="area">An area code.</param>
    /// <returns><see langword="true"/> when anywhere or listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public bool Covers(string area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return IsAnywhere || Areas.BinarySearch(area, StringComparer.Ordinal) >= 0;
    }

    /// <inheritdoc />
    public bool Equals(ServiceArea? other) => other is not null && IsAnywhere == other.IsAnywhere && Equality.Sequence(Areas, other.Areas);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAnywhere, Equality.SequenceHash(Areas));

    /// <summary>Returns <c>anywhere</c> or the codes.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsAnywhere ? "anywhere" : string.Join(", ", Areas);
}
