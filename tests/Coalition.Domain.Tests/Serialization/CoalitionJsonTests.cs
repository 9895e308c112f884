using System.Text;
using System.Text.Json;
using Coalition.Domain.Serialization;
using Coalition.Domain.Tests.Referrals;

namespace Coalition.Domain.Tests.Serialization;

/// <summary>The untrusted-input contract of <see cref="CoalitionJson"/>: a valid object, or a bounded JsonException that says where.</summary>
public sealed class CoalitionJsonTests
{
    private static readonly CoalitionJsonContext Context = CoalitionJsonContext.Default;

    private const string Client = """{"needs":[{"need":"food","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true}}""";

    [Fact]
    public void A_valid_document_reads_the_same_as_through_the_serializer_from_text_or_bytes()
    {
        var json = JsonSerializer.Serialize(SampleData.Network, Context.ReferralNetwork);
        Assert.Equal(SampleData.Network, CoalitionJson.Deserialize(json, Context.ReferralNetwork));
        Assert.Equal(SampleData.Network, CoalitionJson.Deserialize(Encoding.UTF8.GetBytes(json), Context.ReferralNetwork));
    }

    [Theory]
    [InlineData("null", "$")]
    [InlineData("""{"needs":[{"need":"food","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true},"needs":[]}""", "$.needs")]
    [InlineData("""{"needs":[{"need":"food","urgency":"routine","\u0075rgency":"immediate"}],"consent":{"lawEnforcementContactAllowed":true}}""", "$.needs[0].urgency")]
    [InlineData("""{"needs":[{"need":"food","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true},}""", "$.consent")]
    [InlineData("""{"needs":[{"need":"food","urgency":"routine"}] /* comment */,"consent":{"lawEnforcementContactAllowed":true}}""", "$.needs")]
    public void Documents_that_break_a_rule_give_a_JsonException_with_the_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(json, Context.ClientProfile));
        Assert.Equal(path, ex.Path);
        Assert.InRange(ex.Message.Length, 1, CoalitionJson.MaxMessageLength);
    }

    [Fact]
    public void An_invalid_object_is_a_JsonException_that_carries_the_constructors_ArgumentException()
    {
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"needs":[],"consent":{"lawEnforcementContactAllowed":true}}""", Context.ClientProfile));
        var inner = Assert.IsAssignableFrom<ArgumentException>(ex.InnerException);
        Assert.Equal("needs", inner.ParamName);
        Assert.Contains("ClientProfile", ex.Message, StringComparison.Ordinal);

        // Directly through the serializer the same object is refused with the ArgumentException itself.
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize("""{"needs":[],"consent":{"lawEnforcementContactAllowed":true}}""", Context.ClientProfile));
    }

    [Fact]
    public void The_limits_hold_and_can_be_raised_or_lowered()
    {
        var deep = new string('[', 65) + new string(']', 65);
        Assert.Contains("deeper", Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(deep, Context.ImmutableArrayServiceNeed)).Message, StringComparison.Ordinal);

        var longString = Client.Replace("\"food\"", $"\"{new string('f', 70_000)}\"", StringComparison.Ordinal);
        var tooLong = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(longString, Context.ClientProfile));
        Assert.Equal("$.needs[0].need", tooLong.Path);
        Assert.Contains("70000 bytes", tooLong.Message, StringComparison.Ordinal);

        var tight = new JsonReadLimits { MaxStringLength = 3 };
        Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(Client, Context.ClientProfile, tight));
        Assert.Equal(ServicesOf(Client), ServicesOf(JsonSerializer.Serialize(CoalitionJson.Deserialize(Client, Context.ClientProfile, new JsonReadLimits { MaxStringLength = 1_000_000 }), Context.ClientProfile)));

        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxDepth = JsonReadLimits.MaxAllowedDepth + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxPropertyNameLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxStringLength = -1 });
    }

    [Theory]
    [InlineData("2009-02-28")]
    [InlineData("Jane Example")]
    [InlineData("na\u00efve")]
    public void A_property_name_that_could_be_personal_data_is_rejected_without_being_quoted(string name)
    {
        var json = Client.Insert(1, $"\"{name}\":1,");
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(json, Context.ClientProfile));
        if (name.Count(char.IsAsciiDigit) >= 4 || name.Any(c => c > '~'))
        {
            Assert.DoesNotContain(name, ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(name, ex.Path ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_a_JsonException()
    {
        byte[] json = [.. Encoding.UTF8.GetBytes("""{"needs":[{"need":"fo"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("""od","urgency":"routine"}],"consent":{"lawEnforcementContactAllowed":true}}""")];
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize(json, Context.ClientProfile));
        Assert.Equal("$.needs[0].need", ex.Path);
    }

    [Fact]
    public void A_document_that_is_not_json_is_reported_by_position_and_quotes_none_of_its_text()
    {
        var ex = Assert.Throws<JsonException>(() => CoalitionJson.Deserialize("""{"needs":[{"need":"food","urgency":routine-2009-02-28}]}""", Context.ClientProfile));
        Assert.DoesNotContain("2009-02-28", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("routine", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.needs[0].urgency", ex.Path);
    }

    private static int ServicesOf(string clientJson) => CoalitionJson.Deserialize(clientJson, Context.ClientProfile).Needs.Length;

    public static TheoryData<string> ContextTypes() =>
        [.. typeof(CoalitionJsonContext).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.Metadata.JsonTypeInfo<>)).Select(p => p.Name)];

    /// <summary>Every type the context offers can be read under the contract: small hostile documents give a valid object or an allowed exception, never NotSupportedException or worse.</summary>
    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void Every_type_the_context_offers_reads_under_the_contract(string property)
    {
        var info = typeof(CoalitionJsonContext).GetProperty(property)!.GetValue(Context)!;
        var type = info.GetType().GetGenericArguments()[0];
        var read = typeof(CoalitionJson).GetMethods().Single(m => m.Name == nameof(CoalitionJson.Deserialize) && m.GetParameters()[0].ParameterType == typeof(string)).MakeGenericMethod(type);
        foreach (var json in (string[])["{}", "[]", "1", "\"x\"", "true", "[null]", "{\"a\":1}", "[{}]", "\"2026-11-23\""])
        {
            try
            {
                var value = read.Invoke(null, [json, info, null]);
                Assert.NotNull(value);
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is JsonException or ArgumentException)
            {
                Assert.InRange(e.InnerException.Message.Length, 1, CoalitionJson.MaxMessageLength);
            }
        }
    }
}
