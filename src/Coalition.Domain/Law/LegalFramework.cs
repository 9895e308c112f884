using System.Collections.Immutable;
using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>The standard, immutable implementation of <see cref="ILegalFramework"/>: a named set of offence definitions.</summary>
public sealed class LegalFramework : ILegalFramework
{
    /// <summary>Creates a framework.</summary>
    /// <param name="code">A stable code such as <c>tvpa</c>.</param>
    /// <param name="name">The framework's name.</param>
    /// <param name="citation">The legal source, with the version used.</param>
    /// <param name="offences">At least one offence, with distinct codes.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the code is malformed, or the offences are empty, hold a null or repeat a code.</exception>
    public LegalFramework(string code, string name, string citation, IEnumerable<OffenceDefinition> offences)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(offences);
        if (!Catalogues.CodeSyntax.IsValid(code))
        {
            throw new ArgumentOutOfRangeException(nameof(code), $"The code {Preconditions.Quote(code)} is not valid. {Catalogues.CodeSyntax.Description}");
        }

        var array = offences.ToImmutableArray();
        Preconditions.NoNullElements(array, nameof(offences));
        if (array.IsEmpty)
        {
            throw new ArgumentException("A framework needs at least one offence.", nameof(offences));
        }

        if (array.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count() != array.Length)
        {
            throw new ArgumentException($"Framework {Preconditions.Quote(code)} repeats an offence code.", nameof(offences));
        }

        Code = code;
        Name = name;
        Citation = citation;
        Offences = array;
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Citation { get; }

    /// <inheritdoc />
    public ImmutableArray<OffenceDefinition> Offences { get; }

    /// <inheritdoc />
    public OffenceDefinition Offence(string code) => ILegalFramework.FindOffence(this, code);

    /// <summary>Returns the framework's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
