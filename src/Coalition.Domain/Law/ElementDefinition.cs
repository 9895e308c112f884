using Coalition.Domain.Internal;

namespace Coalition.Domain.Law;

/// <summary>One element of an offence definition, such as "act" or "means", with the rule that decides it and its legal source.</summary>
/// <param name="Code">A stable code within the offence, such as <c>act</c>.</param>
/// <param name="Name">A plain-language name, such as <c>Act (recruitment, harboring, ...)</c>.</param>
/// <param name="Citation">The legal source, such as <c>22 U.S.C. 7102(12)</c>.</param>
/// <param name="Rule">The rule over case facts that decides the element.</param>
public sealed record ElementDefinition(string Code, string Name, string Citation, Rule Rule)
{
    /// <summary>Gets the element's code within its offence.</summary>
    public string Code { get; } = Catalogues.CodeSyntax.IsValid(Preconditions.NotBlank(Code, nameof(Code)))
        ? Code
        : throw new ArgumentOutOfRangeException(nameof(Code), $"The code {Preconditions.Quote(Code)} is not valid. {Catalogues.CodeSyntax.Description}");

    /// <summary>Gets the element's plain-language name.</summary>
    public string Name { get; } = Preconditions.NotBlank(Name, nameof(Name));

    /// <summary>Gets the legal source of the element.</summary>
    public string Citation { get; } = Preconditions.NotBlank(Citation, nameof(Citation));

    /// <summary>Gets the rule that decides the element.</summary>
    public Rule Rule { get; } = Preconditions.NotNull(Rule, nameof(Rule));
}
