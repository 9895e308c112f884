namespace Coalition.Domain.Internal;

/// <summary>Length limits on codes and texts, so that untrusted input cannot grow messages or memory without bound.</summary>
internal static class Limits
{
    /// <summary>The longest code (duty, rule or fallback code).</summary>
    internal const int Code = 100;

    /// <summary>The longest display name.</summary>
    internal const int Name = 200;

    /// <summary>The longest sentence or paragraph (descriptions, notices, sources).</summary>
    internal const int Text = 2000;

    /// <summary>The longest generated explanation (an assessment or a plan explains many items).</summary>
    internal const int LongText = 60_000;

    /// <summary>The most items in a list of an output (offences, elements, candidates, referrals).</summary>
    internal const int Items = 100_000;

    /// <summary>
    /// The most items in a list that grows with the whole network, such as the providers that offer one need in a needs
    /// assessment: a national directory has a million offerings.
    /// </summary>
    internal const int NetworkItems = 10_000_000;

    /// <summary>The largest size of one score in an output. Weights of at most 1,000 keep real scores far below it.</summary>
    internal const double Score = 1e9;

    /// <summary>The largest size of a total of scores: a million scores at the limit, still exact to well under one unit.</summary>
    internal const double Total = 1e15;
}
