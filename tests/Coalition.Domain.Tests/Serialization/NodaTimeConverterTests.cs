using System.Text.Json;
using Coalition.Domain.Serialization;
using FsCheck.Fluent;
using NodaTime;

namespace Coalition.Domain.Tests.Serialization;

public sealed class NodaTimeConverterTests
{
    private static JsonSerializerOptions Options(System.Text.Json.Serialization.JsonConverter converter) =>
        new() { Converters = { converter }, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    [Fact]
    public void Instants_round_trip_in_iso_form() =>
        Properties.ForAll(Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUnixTimeSeconds(s)).ToArbitrary(), instant =>
        {
            var options = Options(new InstantJsonConverter());
            var json = JsonSerializer.Serialize(instant, options);
            Assert.Matches("^\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"$", json);
            Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(json, options));
        });

    [Fact]
    public void Local_dates_and_times_round_trip() =>
        Properties.ForAll(LawGenerators.Date.SelectMany(_ => Gen.Choose(0, 1439), (d, m) => (d, t: new LocalTime(m / 60, m % 60))).ToArbitrary(), input =>
        {
            Assert.Equal(input.d, JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(input.d, Options(new LocalDateJsonConverter())), Options(new LocalDateJsonConverter())));
            var timeJson = JsonSerializer.Serialize(input.t, Options(new LocalTimeJsonConverter()));
            Assert.Equal(7, timeJson.Length); // "HH:mm"
            Assert.Equal(input.t, JsonSerializer.Deserialize<LocalTime>(timeJson, Options(new LocalTimeJsonConverter())));
        });

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"22/11/2026\"")]
    [InlineData("20261122")]
    public void Bad_dates_give_a_JsonException_with_the_form_and_never_the_value(string json)
    {
        var ex = Assert.Throws<JsonException>(() => { JsonSerializer.Deserialize<LocalDate>(json, Options(new LocalDateJsonConverter())); });
        Assert.Contains("in the form uuuu-MM-dd", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", ex.Message, StringComparison.Ordinal);
    }
}
