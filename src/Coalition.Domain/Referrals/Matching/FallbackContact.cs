using System.Collections.Immutable;
using Coalition.Domain.Internal;
using Coalition.Domain.Needs;

namespace Coalition.Domain.Referrals.Matching;

/// <summary>
/// An always-available contact for immediate needs, such as the National Human Trafficking Hotline or 988, with its own
/// notice of what it may do with what it hears. A match attaches the policy's fallbacks to every unmet immediate need and
/// to every immediate need with no candidate open now, so that nobody is left without a visible emergency option.
/// </summary>
public sealed record FallbackContact
{
    private readonly ImmutableArray<ServiceNeed> needs = [];

    /// <summary>Creates a fallback contact.</summary>
    /// <param name="code">A stable code, such as <c>988</c> or <c>national-human-trafficking-hotline</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="contact">How to reach it, such as <c>Call or text 988</c>.</param>
    /// <param name="notice">What the survivor should know before contacting it (for example that it dispatches police).</param>
    /// <param name="source">Where the public facts come from.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed, or a text is blank or too long.</exception>
    public FallbackContact(string code, string name, string contact, string notice, string source)
    {
        Code = Preconditions.Code(code, Limits.Code, nameof(code));
        Name = Preconditions.BoundedText(name, Limits.Name, nameof(name));
        Contact = Preconditions.BoundedText(contact, Limits.Name, nameof(contact));
        Notice = Preconditions.BoundedText(notice, Limits.Text, nameof(notice));
        Source = Preconditions.BoundedText(source, Limits.Text, nameof(source));
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets how to reach it.</summary>
    public string Contact { get; }

    /// <summary>Gets the notice to read before contacting it.</summary>
    public string Notice { get; }

    /// <summary>Gets the source of the public facts.</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the needs it serves (a general need covers its variants and a variant covers its general need, as for offerings);
    /// empty for every immediate need.
    /// </summary>
    /// <exception cref="ArgumentException">A need is null.</exception>
    public ImmutableArray<ServiceNeed> Needs
    {
        get => needs;
        init
        {
            var list = value.IsDefault ? [] : value;
            Preconditions.NoNullElements(list, nameof(Needs));
            needs = [.. list.Distinct()];
        }
    }

    /// <summary>Returns whether the contact serves <paramref name="need"/>.</summary>
    /// <param name="need">A need.</param>
    /// <returns><see langword="true"/> when <see cref="Needs"/> is empty, or lists the need, its general form or a variant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="need"/> is null.</exception>
    public bool Serves(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (Needs.IsEmpty)
        {
            return true;
        }

        foreach (var listed in Needs)
        {
            if (listed == need || need.Parent == listed || listed.Parent == need)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(FallbackContact? other) =>
        other is not null && Code == other.Code && Name == other.Name && Contact == other.Contact && Notice == other.Notice &&
        Source == other.Source && Equality.Sequence(Needs, other.Needs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Contact, Notice, Source, Equality.SequenceHash(Needs));

    /// <summary>Returns the name and contact.</summary>
    /// <returns>For example <c>988 Suicide &amp; Crisis Lifeline: Call or text 988 (24/7)</c>.</returns>
    public override string ToString() => $"{Name}: {Contact}";
}
