using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coalition.Domain.Catalogues;
using Coalition.Domain.FourP;
using Coalition.Domain.Needs;
using Coalition.Domain.Serialization;
using Coalition.Domain.Sources;
using Coalition.Domain.Stakeholders;

namespace Coalition.Domain.Tests.Catalogues;

/// <summary>
/// The laws every catalogue type obeys, stated once and run for each type through the derived classes below:
/// equality and hash consistency, code round-trips, JSON round-trips and rejection of unknown codes.
/// </summary>
/// <typeparam name="TEntry">The catalogue entry type.</typeparam>
public abstract class CatalogueLawTests<TEntry>
    where TEntry : CatalogueEntry<TEntry>, ICatalogueEntry<TEntry>
{
    private static Catalogue<TEntry> Catalogue => TEntry.Catalogue;

    private static JsonTypeInfo<TEntry> TypeInfo => (JsonTypeInfo<TEntry>)CoalitionJsonContext.Default.GetTypeInfo(typeof(TEntry))!;

    [Fact]
    public void Equality_is_by_code_and_consistent_with_hash_code_and_operators() =>
        Properties.ForAll(Generators.PairOf<TEntry>(), pair =>
        {
            var (left, right) = pair;
            var sameCode = left.Code == right.Code;
            Assert.Equal(sameCode, left.Equals(right));
            Assert.Equal(sameCode, right.Equals(left));
            Assert.Equal(sameCode, left.Equals((object)right));
            Assert.Equal(sameCode, left == right);
            Assert.Equal(!sameCode, left != right);
            if (sameCode)
            {
                Assert.Equal(left.GetHashCode(), right.GetHashCode());
            }
        });

    [Fact]
    public void Equality_is_reflexive_and_never_equal_to_null_or_another_type() =>
        Properties.ForAll(Generators.EntryOf<TEntry>(), entry =>
        {
            Assert.True(entry.Equals(entry));
#pragma warning disable CS1718 // Comparison made to same variable: the law under test.
            Assert.True(entry == entry);
#pragma warning restore CS1718
            Assert.False(entry.Equals(null));
            Assert.False(entry.Equals((object?)entry.Code));
            Assert.False(entry == null);
        });

    [Fact]
    public void Code_round_trips_to_the_same_entry() =>
        Properties.ForAll(Generators.EntryOf<TEntry>(), entry =>
        {
            Assert.Same(entry, Catalogue.Get(entry.Code));
            Assert.True(Catalogue.TryGet(entry.Code, out var found));
            Assert.Same(entry, found);
            Assert.True(Catalogue.TryGet(entry.Code.AsSpan(), out var fromSpan));
            Assert.Same(entry, fromSpan);
            Assert.Equal(entry.Code, entry.ToString());
        });

    [Fact]
    public void Json_round_trips_every_entry_as_its_code() =>
        Properties.ForAll(Generators.EntryOf<TEntry>(), entry =>
        {
            var json = JsonSerializer.Serialize(entry, TypeInfo);
            Assert.Equal($"\"{entry.Code}\"", json);
            Assert.Same(entry, JsonSerializer.Deserialize(json, TypeInfo));
        });

    [Fact]
    public void Json_round_trips_entries_as_dictionary_keys()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(CoalitionJsonContext.Default, new DefaultJsonTypeInfoResolver()) };
        options.Converters.Add(new CatalogueEntryJsonConverter<TEntry>());
        var map = Catalogue.Entries.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var json = JsonSerializer.Serialize(map, options);
        var back = JsonSerializer.Deserialize<Dictionary<TEntry, int>>(json, options)!;
        Assert.Equal(map.OrderBy(kv => kv.Key.Code), back.OrderBy(kv => kv.Key.Code));
        Assert.Contains($"\"{Catalogue[0].Code}\":0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_are_rejected_with_the_code_and_parameter_named() =>
        Properties.ForAll(Generators.UnknownCodeOf<TEntry>(), code =>
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Get(code));
            Assert.Equal("code", ex.ParamName);
            Assert.Null(ex.ActualValue);
            AssertQuotedOnlyWhenSafe(code, ex.Message);
            Assert.Contains(Catalogue.EntryKind, ex.Message, StringComparison.Ordinal);
            Assert.False(Catalogue.TryGet(code, out _));
            Assert.False(Catalogue.Contains(code));
        });

    [Fact]
    public void Unknown_codes_in_json_raise_JsonException_with_the_path() =>
        Properties.ForAll(Generators.UnknownCodeOf<TEntry>(), code =>
        {
            var json = "[\"" + Catalogue[0].Code + "\"," + JsonSerializer.Serialize(code) + "]";
            var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize(json, ListTypeInfo); });
            Assert.Equal("$[1]", ex.Path);
            AssertQuotedOnlyWhenSafe(code, ex.Message);
        });

    /// <summary>
    /// The echo rule: an unknown code is quoted when it is short, printable ASCII with fewer than four digits; otherwise
    /// (it could be a date of birth typed in the wrong field, or anything long) only its length is given.
    /// </summary>
    private static void AssertQuotedOnlyWhenSafe(string code, string message)
    {
        var shown = code.Length <= 40 ? code : code[..40];
        var safe = shown.All(c => c is >= ' ' and <= '~' and not '\'') && shown.Count(char.IsAsciiDigit) < 4;
        if (!safe)
        {
            Assert.Contains("not shown", message, StringComparison.Ordinal);
            if (code.Length >= 4)
            {
                Assert.DoesNotContain(code, message, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Contains(code.Length <= 40 ? $"'{code}'" : $"'{shown}…'", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_date_typed_as_a_code_is_never_echoed()
    {
        foreach (var date in (string[])["2009-02-28", "02/28/2009", "28.02.2009", "20090228"])
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Get(date));
            Assert.DoesNotContain(date, ex.Message, StringComparison.Ordinal);
            var json = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize(JsonSerializer.Serialize(date), TypeInfo); });
            Assert.DoesNotContain(date, json.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Suggestions_are_computed_only_for_inputs_of_plausible_length()
    {
        var near = Catalogue[0].Code + "x";
        Assert.NotEmpty(Catalogue.SuggestCodes(near));
        Assert.Empty(Catalogue.SuggestCodes(new string('a', Catalogue<TEntry>.MaxSuggestionInputLength + 1)));
        var huge = new string('a', 5_000_000);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Get(huge));
        Assert.InRange(ex.Message.Length, 1, 400);
        Assert.DoesNotContain("Nearest known codes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Non_string_json_tokens_are_rejected(string json)
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize(json, TypeInfo); });
        Assert.Contains("code as a JSON string", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique_well_formed_and_entries_are_in_the_catalogue_once()
    {
        Assert.NotEmpty(Catalogue);
        Assert.Equal(Catalogue.Count, Catalogue.Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalogue, e => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", e.Code));
        Assert.All(Catalogue, e => Assert.False(string.IsNullOrWhiteSpace(e.DisplayName)));
        Assert.Equal(Catalogue.Entries, Catalogue.ToList());
    }

    private static JsonTypeInfo<List<TEntry>> ListTypeInfo
    {
        get
        {
            var options = new JsonSerializerOptions { TypeInfoResolver = CoalitionJsonContext.Default };
            options.Converters.Add(new CatalogueEntryJsonConverter<TEntry>());
            options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
            return (JsonTypeInfo<List<TEntry>>)options.GetTypeInfo(typeof(List<TEntry>));
        }
    }
}

public sealed class PillarLawTests : CatalogueLawTests<Pillar>;

public sealed class ServiceNeedLawTests : CatalogueLawTests<ServiceNeed>;

public sealed class CriminalJusticeNeedLawTests : CatalogueLawTests<CriminalJusticeNeed>;

public sealed class StakeholderCategoryLawTests : CatalogueLawTests<StakeholderCategory>;

public sealed class MembershipChecklistLawTests : CatalogueLawTests<MembershipChecklist>;

public sealed class SourceDocumentLawTests : CatalogueLawTests<SourceDocument>;
