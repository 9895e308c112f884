using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coalition.Domain.Catalogues;
using Coalition.Domain.Sources;
using NodaTime;

namespace Coalition.Domain.Operations;

/// <summary>A training programme: its audience, modules, source seed and recommended refresh interval. Obtain instances from <see cref="TrainingProgrammes"/>.</summary>
[JsonConverter(typeof(CatalogueEntryJsonConverter<TrainingProgramme>))]
public sealed class TrainingProgramme : CatalogueEntry<TrainingProgramme>, ICatalogueEntry<TrainingProgramme>
{
    internal TrainingProgramme(string code, string displayName, Audience audience, ImmutableArray<string> modules, SourceDocument source, Period refresh)
        : base(code, displayName)
    {
        Audience = audience;
        Modules = modules;
        Source = source;
        RecommendedRefresh = refresh;
    }

    /// <summary>Gets the catalogue.</summary>
    static Catalogue<TrainingProgramme> ICatalogueEntry<TrainingProgramme>.Catalogue => TrainingProgrammes.Catalogue;

    /// <summary>Gets who it is for.</summary>
    public Audience Audience { get; }

    /// <summary>Gets its modules, in teaching order.</summary>
    public ImmutableArray<string> Modules { get; }

    /// <summary>Gets the seed it comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Gets how often the library recommends retraining: a documented default (see <see cref="TrainingProgrammes"/>), which a coalition may override in <see cref="TrainingPolicy"/>.</summary>
    public Period RecommendedRefresh { get; }
}
