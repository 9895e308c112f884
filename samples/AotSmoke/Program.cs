// AotSmoke: proves the packages work under Native AOT. It loads the embedded fictional network and client through
// CoalitionJson (the untrusted-input reader) and the source-generated JSON context, matches, plans, runs the TVPA
// assessor, and round-trips the network through HSDS.
//   dotnet publish samples/AotSmoke -c Release -r linux-x64 && samples/AotSmoke/bin/Release/net10.0/linux-x64/publish/AotSmoke
using System.Reflection;
using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Planning;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Serialization;
using NodaTime;

var network = Load("Data.riverbend-network.json", CoalitionJsonContext.Default.ReferralNetwork);
var client = Load("Data.client.json", CoalitionJsonContext.Default.ClientProfile);
var at = Instant.FromUtc(2026, 11, 22, 3, 0);
var result = ReferralMatcher.Compile(network).Match(client, at);
Console.WriteLine(result);
Console.WriteLine(ReferralPlanner.Plan(ReferralMatcher.Compile(network), client, at).Explanation);
var facts = CaseFacts.Empty.Establish(CaseFact.Recruitment, CaseFact.CommercialSexAct).WithAge(AgeEvidence.UnderEighteen);
Console.WriteLine(TraffickingAssessor.Assess(LegalFrameworks.Tvpa, facts));
var back = HsdsImporter.Import(HsdsExporter.Export(network, includeConfidentialAddresses: true), HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22))).Network;
Console.WriteLine(back == network ? "HSDS round-trip: equal" : "HSDS round-trip: DIFFERENT");
Console.WriteLine(JsonSerializer.Serialize(result, CoalitionJsonContext.Default.MatchResult).Length > 0 ? "JSON: ok" : "JSON: empty");
return back == network ? 0 : 1;

static T Load<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
{
    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing {name}");
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    return CoalitionJson.Deserialize(bytes.ToArray(), type);
}
