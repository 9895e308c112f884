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
}
