using NodaTime;

namespace Coalition.Domain.Tests;

/// <summary>A clock stopped at one instant, for tests and README snippets (NodaTime.Testing's FakeClock, without the package).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
