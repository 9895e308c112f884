using System.Collections.Immutable;
using Coalition.Domain.FourP;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Coalitions;

/// <summary>
/// Assesses a coalition against the recommended-membership checklists, the 4P pillars and the best-practice catalogue.
/// Deterministic: the same profile gives an equal assessment.
/// </summary>
public static class CoalitionHealthCheck
{
    /// <summary>Assesses a coalition.</summary>
    /// <param name="coalition">The coalition profile.</param>
    /// <param name="thresholds">The numbers to compare against, or <see langword="null"/> for <see cref="HealthCheckThresholds.Default"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coalition"/> is null.</exception>
    public static CoalitionAssessment Assess(CoalitionProfile coalition, HealthCheckThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        thresholds ??= HealthCheckThresholds.Default;
        var checklists = MembershipChecklists.Catalogue.Select(list => Compare(coalition, list)).ToImmutableArray();
        var practices = BestPractices.Catalogue.Select(p =>
        {
            var check = p.Check(coalition, thresholds);
            return new PracticeResult(p, check.IsMet, check.Evidence);
        }).ToImmutableArray();
        var pillars = Pillars.Catalogue.Select(pillar =>
        {
            var members = coalition.Members.Count(m => m.EffectivePillars.Contains(pillar));
            var own = practices.Where(r => r.Practice.Pillar == pillar).ToList();
            var met = own.Count(r => r.IsMet);
            return new PillarCoverage(pillar, members, coalition.Committees.Any(c => c.Focus.Contains(pillar)), met, own.Count, PillarCoverage.ScoreOf(members, met, own.Count, thresholds.MembersForFullPillarCoverage));
        }).ToImmutableArray();
        var unanswered = NeedsAssessmentQuestions.Catalogue.Where(q => !coalition.Answers.Any(a => a.Question == q)).ToImmutableArray();
        return new CoalitionAssessment(coalition.Name, checklists, pillars, practices, unanswered, NextSteps(checklists, pillars, practices, unanswered))
        {
            Thresholds = thresholds,
        };
    }

    /// <summary>Returns whether a member of <paramref name="memberCategory"/> fills a checklist slot for <paramref name="checklistCategory"/>: the same category or one below it.</summary>
    /// <param name="memberCategory">The member's category.</param>
    /// <param name="checklistCategory">The checklist's category.</param>
    /// <returns><see langword="true"/> when the member fills the slot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Fills(StakeholderCategory memberCategory, StakeholderCategory checklistCategory)
    {
        ArgumentNullException.ThrowIfNull(memberCategory);
        ArgumentNullException.ThrowIfNull(checklistCategory);
        return memberCategory.IsOrDescendsFrom(checklistCategory);
    }

    private static ChecklistGap Compare(CoalitionProfile coalition, MembershipChecklist checklist)
    {
        // Survivor members are counted in SurvivorParticipation rather than listed as organisations.
        var missing = checklist.Categories
            .Where(c => !coalition.Members.Any(m => Fills(m.Category, c)) && !(c == StakeholderCategories.Survivors && coalition.Survivors.Members > 0))
            .ToImmutableArray();
        return new ChecklistGap(checklist, checklist.Categories.Length - missing.Length, missing);
    }

    private static ImmutableArray<string> NextSteps(
        ImmutableArray<ChecklistGap> checklists,
        ImmutableArray<PillarCoverage> pillars,
        ImmutableArray<PracticeResult> practices,
        ImmutableArray<NeedsAssessmentQuestion> unanswered)
    {
        var steps = ImmutableArray.CreateBuilder<string>();
        var missing = checklists
            .SelectMany(g => g.Missing.Select(c => (Category: c, g.Checklist)))
            .GroupBy(x => x.Category)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => StakeholderCategories.Catalogue.Entries.IndexOf(g.Key))
            .ToList();
        foreach (var pillar in pillars.Where(p => p.IsUncovered))
        {
            var candidates = missing.Where(g => g.Key.Pillars.Contains(pillar.Pillar)).Take(3).Select(g => g.Key.DisplayName.ToLowerInvariant()).ToList();
            steps.Add($"Nobody works on {pillar.Pillar.DisplayName.ToLowerInvariant()}: recruit members for it" + (candidates.Count > 0 ? $", for example {string.Join(", ", candidates)}." : "."));
        }

        foreach (var practice in practices.Where(p => !p.IsMet))
        {
            steps.Add($"{practice.Practice.NextStep} ({practice.Practice.Pillar.DisplayName}; {string.Join(", ", practice.Practice.Sources.Select(s => "seed " + s.SeedFile[..3]))})");
        }

        foreach (var group in missing)
        {
            var names = group.Select(x => x.Checklist.DisplayName).ToList();
            var by = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
            steps.Add($"Invite {group.Key.DisplayName.ToLowerInvariant()} ({group.Key.Code}), recommended by the {by}.");
        }

        if (!unanswered.IsEmpty)
        {
            steps.Add($"Answer the {unanswered.Length} remaining OVC needs-assessment question(s): {string.Join("; ", unanswered.Select(q => q.DisplayName.ToLowerInvariant()))}.");
        }

        return steps.ToImmutable();
    }
}
