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
}
