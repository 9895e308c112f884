using Coalition.Domain.FourP;
using FsCheck.Fluent;

namespace Coalition.Domain.Tests.FourP;

public sealed class PillarCycleTests
{
    private static readonly PillarCycle Cycle = Pillars.Cycle;

    [Fact]
    public void The_cycle_of_seed_000_runs_prevention_protection_prosecution_and_back()
    {
        Assert.Equal(Pillars.Protection, Cycle.Next(Pillars.Prevention));
        Assert.Equal(Pillars.Prosecution, Cycle.Next(Pillars.Protection));
        Assert.Equal(Pillars.Prevention, Cycle.Next(Pillars.Prosecution));
        Assert.Equal(Pillars.Partnership, Cycle.Enabler);
    }

    [Fact]
    public void Step_outcomes_say_what_feeds_the_next_pillar()
    {
        Assert.Contains("identification", Cycle.StepFrom(Pillars.Prevention).Outcome, StringComparison.Ordinal);
        Assert.Contains("cooperate", Cycle.StepFrom(Pillars.Protection).Outcome, StringComparison.Ordinal);
        Assert.Contains("headlines", Cycle.StepFrom(Pillars.Prosecution).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Walking_from_any_stage_visits_every_step_once_and_returns_to_the_start() =>
        Properties.ForAll(Gen.Elements(Pillars.CycleStages.AsEnumerable()).ToArbitrary(), start =>
        {
            var walk = Cycle.WalkFrom(start);
            Assert.Equal(3, walk.Length);
            Assert.Equal(start, walk[0].From);
            Assert.Equal(start, walk[^1].To);
            Assert.Equal(Cycle.Steps.OrderBy(s => s.From.Code), walk.OrderBy(s => s.From.Code));
            for (var i = 1; i < walk.Length; i++)
            {
                Assert.Equal(walk[i - 1].To, walk[i].From);
            }
        });

    [Fact]
    public void Partnership_is_not_a_stage_and_asking_for_its_next_pillar_names_the_parameter()
    {
        Assert.False(Cycle.Contains(Pillars.Partnership));
        var ex = Assert.Throws<ArgumentException>(() => Cycle.Next(Pillars.Partnership));
        Assert.Equal("pillar", ex.ParamName);
        Assert.Contains("'partnership'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Cycle.WalkFrom(Pillars.Partnership)).ParamName);
    }

    [Fact]
    public void ToString_shows_the_loop_and_its_enabler()
    {
        Assert.Equal("prevention -> protection -> prosecution -> prevention (enabled by partnership)", Cycle.ToString());
    }

    [Fact]
    public void Cycle_steps_are_value_equal()
    {
        var step = Cycle.Steps[0];
        var copy = new CycleStep(step.From, step.Outcome, step.To);
        Assert.Equal(step, copy);
        Assert.Equal(step.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(step, new CycleStep(step.From, step.Outcome + " ", step.To));
    }

    [Fact]
    public void A_blank_outcome_is_rejected()
    {
        Assert.Equal("Outcome", Assert.Throws<ArgumentException>(() => new CycleStep(Pillars.Prevention, " ", Pillars.Protection)).ParamName);
    }
}
