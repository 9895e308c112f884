// ProtectionsCheck: assesses invented cases of foreign-national survivors for Continued Presence, the T visa, HHS
// Certification, the Eligibility Letter, Interim Assistance and the U visa, and prints each verdict, its elements, the next
// steps with who acts, what would decide it, and the informed-choice table. Information, not legal advice; all invented.
//
//   dotnet run --project samples/ProtectionsCheck
//   dotnet run --project samples/ProtectionsCheck -- --facts facts.json     (an ImmigrationFacts document)
//   dotnet run --project samples/ProtectionsCheck -- --example              (print an example facts document)
using System.Text.Json;
using Coalition.Domain.Law;
using Coalition.Domain.Needs;
using Coalition.Domain.Protections;
using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Serialization;

try
{
    var cases = args switch
    {
        [] => Cases(),
        ["--facts", var path] => [("Your facts", Read(path))],
        ["--example"] => null,
        _ => throw new CheckException("options: --facts FILE, or --example"),
    };
    if (cases is null)
    {
        Console.WriteLine(JsonSerializer.Serialize(Cases()[0].Facts, new JsonSerializerOptions(CoalitionJsonContext.Default.Options) { WriteIndented = true }));
        return 0;
    }

    Console.WriteLine("Protections for foreign-national survivors (invented cases). Information for the survivor and the advocate, not legal advice; the agencies decide.");
    foreach (var (name, facts) in cases)
    {
        Console.WriteLine();
        Console.WriteLine($"=== {name}");
        var assessments = ProtectionAssessor.AssessAll(facts);
        foreach (var assessment in assessments)
        {
            Console.WriteLine($"  {assessment.Protection,-18} {Words(assessment.Verdict),-14} decided by {assessment.DecidedBy}");
            foreach (var element in assessment.Elements.Where(e => e.Value != Verdict.Met))
            {
                Console.WriteLine($"      {element.Code}: {element.Explanation} [{element.Citation}]");
            }

            foreach (var step in assessment.NextSteps)
            {
                Console.WriteLine($"      next ({step.Actor}): {step.Text}");
            }

            foreach (var set in assessment.DecidingSets.Take(3))
            {
                Console.WriteLine($"      would decide ({Words(set.Outcome)}): {string.Join(", ", set.Facts)}");
            }
        }

        var choice = InformedChoice.Of(facts);
        Console.WriteLine($"  If cooperating with law enforcement / if declining contact (recorded: {choice.Current}):");
        foreach (var row in choice.Outcomes)
        {
            Console.WriteLine($"    {row.Protection,-18} {Words(row.IfCooperating),-14} / {Words(row.IfDeclining),-14} {row.Note}");
        }

        Console.WriteLine($"  {choice.Disclaimer}");

        // A derived suggestion, never added by itself: the survivor's listed needs are unchanged until they accept it.
        var client = new ClientProfile([ClientNeed.ByHorizon(ServiceNeeds.HousingEmergency)], ClientConsent.Full);
        foreach (var suggestion in ProtectionAssessor.SuggestNeeds(facts, assessments, client))
        {
            Console.WriteLine($"  Suggested need (derived from {suggestion.DerivedFrom}, not yet added): {suggestion.Need.Code}. {suggestion.Reason}");
        }
    }

    return 0;
}
catch (CheckException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static string Words(ProtectionVerdict verdict) => verdict switch
{
    ProtectionVerdict.Available => "available",
    ProtectionVerdict.NotAvailable => "not available",
    ProtectionVerdict.NotNeeded => "not needed",
    _ => "undetermined",
};

static ImmigrationFacts Read(string path)
{
    try
    {
        return CoalitionJson.Deserialize(File.ReadAllBytes(path), CoalitionJsonContext.Default.ImmigrationFacts);
    }
    catch (JsonException ex)
    {
        throw new CheckException($"{path}: {ex.Message}");
    }
    catch (IOException ex)
    {
        throw new CheckException($"{path}: {ex.Message}");
    }
}

static List<(string Name, ImmigrationFacts Facts)> Cases()
{
    var adult = new ImmigrationFacts
    {
        Nationality = NationalityStatus.ForeignNational,
        TraffickingVictim = Verdict.Met,
        AgeAtVictimisation = AgeEvidenceKind.EighteenOrOver,
        CurrentAge = AgeEvidenceKind.EighteenOrOver,
        Cooperation = Cooperation.Complied,
        PresentOnAccountOfTrafficking = FactStatus.Established,
        ExtremeHardship = FactStatus.Established,
        AdmissibleOrWaiver = FactStatus.Established,
        CommittedSevereTrafficking = FactStatus.RuledOut,
        IdentifiedByLawEnforcement = FactStatus.Established,
        PotentialWitnessOrCivilAction = FactStatus.Established,
        FederalRequest = FactStatus.Established,
        DerivativeTStatus = FactStatus.RuledOut,
        ContinuedPresence = ProtectionRecord.None,
        TVisa = ProtectionRecord.None,
    };
    return
    [
        ("An adult who cooperates with federal law enforcement", adult),
        ("An adult who declines contact with police", adult with { Cooperation = Cooperation.Declined, IdentifiedByLawEnforcement = FactStatus.Unknown, FederalRequest = FactStatus.RuledOut }),
        ("An adult who cannot cooperate because of trauma", adult with { Cooperation = Cooperation.UnableBecauseOfTrauma, FederalRequest = FactStatus.RuledOut }),
        ("A 16-year-old who declines police", adult with
        {
            AgeAtVictimisation = AgeEvidenceKind.UnderEighteen,
            CurrentAge = AgeEvidenceKind.UnderEighteen,
            Cooperation = Cooperation.Declined,
            FederalRequest = FactStatus.RuledOut,
            CredibleInformation = FactStatus.Established,
            LetterRequestInTime = FactStatus.Established,
        }),
        ("A lawful permanent resident", adult with { Nationality = NationalityStatus.LawfulPermanentResident }),
        ("A person whose status is unknown", new ImmigrationFacts { TraffickingVictim = Verdict.Undetermined }),
    ];
}

/// <summary>A user-facing error: printed without a stack trace.</summary>
internal sealed class CheckException(string message) : Exception(message);
