// Runs the benchmarks. Examples:
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*'
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*ReferralMatcher*' --job short
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --verify 1000   (compare the matchers' answers, no timing)
using BenchmarkDotNet.Running;
using Coalition.Domain.Benchmarks.Referrals;
using Coalition.Domain.Referrals;

if (args is ["--verify", var size])
{
    var network = NetworkGenerator.Generate(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    var compiled = ReferralMatcher.Compile(network).Match(NetworkGenerator.Client, NetworkGenerator.At);
    var naive = NaiveLinqMatcher.Match(network, NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default);
    using var sqlite = new SqliteDirectory(network);
    var sql = sqlite.Match(NetworkGenerator.Client, NetworkGenerator.At, ReferralPolicy.Default.Weights);
    for (var i = 0; i < compiled.Needs.Length; i++)
    {
        Console.WriteLine(compiled.Needs[i].Need);
        Console.WriteLine("  compiled: " + string.Join(" ", compiled.Needs[i].Candidates.Select(c => $"{c.ProviderId}/{c.OfferingId}:{c.Score}")));
        Console.WriteLine("  naive:    " + string.Join(" ", naive[i].Select(c => $"{c.Provider}/{c.Offering}")));
        Console.WriteLine("  sqlite:   " + string.Join(" ", sql[i].Select(c => $"{c.Provider}/{c.Offering}")));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
