using System.Collections.Immutable;
using System.Text.Json;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Network;
using Coalition.Domain.Serialization;

namespace Coalition.Domain.Tests.Referrals;

/// <summary>The ReferralDesk sample's fictional network and clients, read from the repository.</summary>
internal static class SampleData
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coalition.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root."), "samples", "ReferralDesk", "Data");
    });

    internal static ReferralNetwork Network => JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(Folder.Value, "riverbend-network.json")), CoalitionJsonContext.Default.ReferralNetwork)!;

    internal static ImmutableArray<(string Name, ClientProfile Client)> Clients =>
    [
        .. Directory.GetFiles(Folder.Value, "client-*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), JsonSerializer.Deserialize(File.ReadAllText(f), CoalitionJsonContext.Default.ClientProfile)!)),
    ];
}
