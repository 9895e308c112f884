#!/usr/bin/env bash
# Consumer proof: a throwaway console project, outside the repository, installs Coalition.Domain.OpenReferral (and,
# through it, Coalition.Domain and NodaTime) from the local folder feed by package id, builds, imports an HSDS file,
# matches a client and prints the result.
set -euo pipefail
feed=$(cd "$1" && pwd)
hsds=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export NUGET_PACKAGES="$work/packages"   # a clean cache, so that no stale copy of the packages is used
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
XML
dotnet new console --name Consumer --output . --framework net10.0 >/dev/null
dotnet add package Coalition.Domain.OpenReferral --version "$version" >/dev/null
cp "$hsds" directory.json
cat > Program.cs <<'CS'
using Coalition.Domain.Needs;
using Coalition.Domain.OpenReferral;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using NodaTime;

var import = HsdsImporter.Import(File.ReadAllBytes("directory.json"), HsdsImportOptions.Create("America/Chicago", new LocalDate(2026, 11, 22)));
Console.WriteLine($"imported {import.ServicesImported} of {import.ServicesRead} services, {import.Issues.Length} issue(s)");
var client = new ClientProfile(
    [new ClientNeed(ServiceNeeds.HousingEmergency, NeedUrgency.Immediate), new ClientNeed(ServiceNeeds.CaseManagement, NeedUrgency.Routine)], ClientConsent.Full)
{
    AgeYears = 30,
    Gender = Genders.Female,
    Languages = [new LanguageCode("en")],
    TraffickingTypes = TraffickingTypes.Sex,
    Area = "riverbend-north",
};
var result = ReferralMatcher.Compile(import.Network).Match(client, Instant.FromUtc(2026, 11, 22, 3, 0));
Console.WriteLine(result);
foreach (var need in result.Needs)
{
    Console.WriteLine($"{need.Need.Code}: {(need.IsMet ? need.Candidates[0].ProviderName : need.Unmet.ToString())}");
}
CS
dotnet build -c Release --nologo -v quiet
output=$(dotnet run -c Release --no-build)
echo "$output"
grep -q "needs met" <<<"$output"
grep -q "^imported [1-9][0-9]* of " <<<"$output"
