// Runs the benchmarks. Examples:
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*'
//   dotnet run -c Release --project benchmarks/Coalition.Domain.Benchmarks -- --filter '*CatalogueLookup*' --job short
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
