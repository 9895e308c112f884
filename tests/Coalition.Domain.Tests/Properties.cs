using FsCheck;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests;

/// <summary>
/// Runs FsCheck 3 properties inside plain xunit facts (FsCheck.Xunit is not used). The number of cases is 100 by default;
/// set <c>COALITION_PROPERTY_RUNS</c> (for example to 10000) for a long opt-in run.
/// </summary>
internal static class Properties
{
    internal static int MaxTest { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("COALITION_PROPERTY_RUNS"), out var runs) && runs > 0 ? runs : 100;

    internal static Config Config => Config.QuickThrowOnFailure.WithMaxTest(MaxTest).WithQuietOnSuccess(true);

    /// <summary>Checks that <paramref name="law"/> holds for every generated value; throws with the shrunk counterexample otherwise.</summary>
    internal static void ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> law) =>
        Prop.ForAll(arbitrary, law).Check(Config);

    /// <summary>Checks that <paramref name="law"/> does not throw (xunit assertions inside) for every generated value.</summary>
    internal static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> law) =>
        Prop.ForAll(arbitrary, law).Check(Config);
}
