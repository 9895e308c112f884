using System.Text.Json;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Serialization;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Tests;

/// <summary>The README's quick start, kept here so that it compiles and its claims are checked.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void Readme_quick_start_compiles_and_says_what_it_claims()
    {
        // --- README quick start ---
        ServiceNeed shelter = ServiceNeeds.Get("housing.emergency");       // stable code -> catalogue entry
        Console.WriteLine($"{shelter.DisplayName}: {shelter.Horizon}, serves {shelter.Pillar.DisplayName}");
        Console.WriteLine($"Variant of '{shelter.Parent!.Code}'; Open Eligibility {shelter.PublicCodes[0].Code}");

        foreach (StakeholderCategory provider in StakeholderCategories.TypicallyMeeting(shelter))
        {
            Console.WriteLine($"  can be met by {provider.Code}");
        }

        Console.WriteLine(Pillars.Cycle);                                  // prevention -> protection -> prosecution -> ...
        string json = JsonSerializer.Serialize(shelter, CoalitionJsonContext.Default.ServiceNeed);   // "housing.emergency"
        ServiceNeed back = JsonSerializer.Deserialize(json, CoalitionJsonContext.Default.ServiceNeed)!;

        try { ServiceNeeds.Get("housng.emergency"); }
        catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.Message); } // "... Nearest known codes: 'housing.emergency', ..."
        // --- end of quick start ---

        Assert.Equal(NeedHorizon.Immediate, shelter.Horizon);
        Assert.Equal("housing", shelter.Parent.Code);
        Assert.Equal("1121", shelter.PublicCodes[0].Code);
        Assert.Contains(StakeholderCategories.Shelters, StakeholderCategories.TypicallyMeeting(shelter));
        Assert.Equal("\"housing.emergency\"", json);
        Assert.Same(shelter, back);
    }

    [Fact]
    public void Readme_referral_snippet_compiles_and_matches()
    {
        var network = Referrals.SampleData.Network;
        var client = Referrals.SampleData.Clients[0].Client;
        var clock = new FixedClock(NodaTime.Instant.FromUtc(2026, 11, 22, 3, 0));

        // --- README referral snippet ---
        ReferralMatcher matcher = ReferralMatcher.Compile(network);           // once; indexes by need and area
        MatchResult result = matcher.Match(client, clock.GetCurrentInstant()); // per client; the clock is an IClock you pass in
        foreach (RequiredAction action in result.RequiredActions)             // e.g. a child-abuse report that may be required
            Console.WriteLine(action.Summary);
        foreach (NeedMatch need in result.Needs)
        {
            Console.WriteLine($"{need.Need.Code}: {(need.IsMet ? need.Candidates[0].ProviderName : need.Unmet.ToString())}");
            foreach (DutyNotice notice in need.Candidates.Take(1).SelectMany(c => c.Notices))
                Console.WriteLine($"  explain before referring: {notice.Sentence}"); // a reporting duty is informed consent, never an exclusion
            foreach (FallbackContact fallback in need.Fallbacks)                // an immediate need with nothing open now
                Console.WriteLine($"  always available: {fallback}");
        }
        // --- end of snippet ---

        Assert.Equal(client.Needs.Length, result.Needs.Length);
        Assert.Contains(result.Needs, n => n.IsMet);
        Assert.NotEmpty(result.RequiredActions); // the first sample client is a 16-year-old
        Assert.Contains(result.Needs, n => n.Candidates.Take(1).SelectMany(c => c.Notices).Any());
    }
}
