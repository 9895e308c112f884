using System.Collections.Immutable;

namespace Coalition.Domain.Law;

/// <summary>
/// A legal framework that defines trafficking offences, such as the TVPA or the UN Palermo Protocol. Implement it (or
/// construct a <see cref="LegalFramework"/>) to add a state statute without changing the library; <see cref="TraffickingAssessor"/>
/// evaluates any framework.
/// </summary>
public interface ILegalFramework
{
    /// <summary>Gets a stable code for the framework, such as <c>tvpa</c>.</summary>
    string Code { get; }

    /// <summary>Gets the framework's name.</summary>
    string Name { get; }

    /// <summary>Gets the legal source of the framework as a whole, with the version used.</summary>
    string Citation { get; }

    /// <summary>Gets the offences the framework defines, each with distinct codes.</summary>
    ImmutableArray<OffenceDefinition> Offences { get; }

    /// <summary>Returns the offence with the given code. The default implementation searches <see cref="Offences"/>.</summary>
    /// <param name="code">An offence code, such as <see cref="LegalFrameworks.SevereSexTrafficking"/>.</param>
    /// <returns>The offence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No offence has that code.</exception>
    OffenceDefinition Offence(string code) => FindOffence(this, code);

    /// <summary>The search behind <see cref="Offence"/>, shared with <see cref="LegalFramework.Offence"/>.</summary>
    internal static OffenceDefinition FindOffence(ILegalFramework framework, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var offence in framework.Offences)
        {
            if (offence.Code == code)
            {
                return offence;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), $"Unknown offence code {Internal.Preconditions.Quote(code)} in framework {Internal.Preconditions.Quote(framework.Code)}. Known codes: {string.Join(", ", framework.Offences.Select(o => o.Code))}.");
    }
}
