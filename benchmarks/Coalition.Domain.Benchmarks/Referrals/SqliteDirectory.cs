using Coalition.Domain.Referrals.Clients;
using Coalition.Domain.Referrals.Matching;
using Coalition.Domain.Referrals.Network;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Coalition.Domain.Benchmarks.Referrals;

/// <summary>
/// The same directory in an in-memory SQLite database with HSDS-shaped tables (organization, service, service_need,
/// language, service_area), queried the way an application storing its directory in a database would: one indexed SQL
/// query per need for the hard rules and the static part of the score, then open-now, sorting and one-per-provider in code.
/// </summary>
public sealed class SqliteDirectory : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<long, ServiceOffering> offerings = [];

    public SqliteDirectory(ReferralNetwork network)
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute("""
            CREATE TABLE organization (id INTEGER PRIMARY KEY, code TEXT NOT NULL, law_enforcement INTEGER, standard_of_care INTEGER, trained INTEGER, licensed INTEGER);
            CREATE TABLE service (id INTEGER PRIMARY KEY, organization_id INTEGER NOT NULL, code TEXT NOT NULL, minimum_age REAL, age_limit REAL, age_limit_inclusive INTEGER, genders INTEGER, required_populations INTEGER,
                                  excluded_populations INTEGER, trafficking_types INTEGER, interpretation INTEGER, anywhere INTEGER, capacity_status INTEGER, free_share REAL, culturally_specific INTEGER);
            CREATE TABLE service_need (service_id INTEGER NOT NULL, need TEXT NOT NULL);
            CREATE TABLE language (service_id INTEGER NOT NULL, code TEXT NOT NULL);
            CREATE TABLE service_area (service_id INTEGER NOT NULL, area TEXT NOT NULL);
            """);
        using var transaction = connection.BeginTransaction();
        long serviceId = 0;
        for (var p = 0; p < network.Providers.Length; p++)
        {
            var provider = network.Providers[p];
            Insert("INSERT INTO organization VALUES ($a, $b, $c, $d, $e, $f)", p, provider.Id, provider.IsLawEnforcementAffiliated, provider.AdheresToStandardOfCare, provider.HasTraffickingTrainedStaff, provider.HasLicensedSocialWorkers);
            foreach (var offering in provider.Services)
            {
                serviceId++;
                offerings[serviceId] = offering;
                var e = offering.Eligibility;
                // A whole-year maximum M admits ages below M + 1; a fractional maximum is inclusive.
                var whole = e.Ages.Maximum is { } max && decimal.Truncate(max) == max;
                Insert("INSERT INTO service VALUES ($a, $b, $c, $d, $e, $f, $g, $h, $i, $j, $k, $l, $m, $n, $o)", serviceId, p, offering.Id, (double?)e.Ages.Minimum ?? -1.0,
                    e.Ages.Maximum is { } maximum ? (double)(whole ? maximum + 1 : maximum) : 1000.0, !whole,
                    (int)e.Genders, (int)e.RequiredPopulations, (int)e.ExcludedPopulations, (int)e.TraffickingTypes, offering.ProvidesInterpretation, offering.Area.IsAnywhere,
                    (int)offering.Capacity.Status, offering.Capacity.FreeShare ?? 0.5, offering.IsCulturallySpecific);
                foreach (var need in offering.Needs.SelectMany(n => new[] { n }.Concat(n.Variants).Concat(n.Parent is null ? [] : [n.Parent])).Distinct())
                {
                    Insert("INSERT INTO service_need VALUES ($a, $b)", serviceId, need.Code);
                }

                foreach (var language in offering.Languages)
                {
                    Insert("INSERT INTO language VALUES ($a, $b)", serviceId, language.Value);
                }

                foreach (var area in offering.Area.Areas)
                {
                    Insert("INSERT INTO service_area VALUES ($a, $b)", serviceId, area);
                }
            }
        }

        transaction.Commit();
        Execute("""
            CREATE INDEX service_need_need ON service_need (need, service_id);
            CREATE INDEX language_service ON language (service_id, code);
            CREATE INDEX service_area_service ON service_area (service_id, area);
            CREATE INDEX service_need_service ON service_need (service_id, need);
            CREATE INDEX service_organization ON service (organization_id);
            """);
    }

    /// <summary>Matches an adult client who declined law-enforcement contact (the benchmark's client): hard rules in SQL, urgency tiers, open-now and ranking in code.</summary>
    public List<List<(string Provider, string Offering)>> Match(ClientProfile client, Instant at, ReferralPolicy policy, int top = 5)
    {
        var weights = policy.Weights;
        var results = new List<List<(string, string)>>();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.code, s.code, s.id,
                   (CASE WHEN EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id AND l.code IN ($lang1, $lang2)) THEN $wDirect ELSE 0 END)
                 + (CASE s.capacity_status WHEN 3 THEN $wWaitlist WHEN 1 THEN $wCapacity * s.free_share ELSE 0 END)
                 + (CASE WHEN o.standard_of_care THEN $wStandard ELSE 0 END)
                 + (CASE WHEN o.trained THEN $wTrained ELSE 0 END)
                 + (CASE WHEN o.licensed AND $need = 'case-management' THEN $wLicensed ELSE 0 END)
                 + (CASE WHEN s.culturally_specific THEN $wCultural ELSE 0 END)
                 + $wOther * (SELECT COUNT(DISTINCT sn2.need) FROM service s2 JOIN service_need sn2 ON sn2.service_id = s2.id
                              WHERE s2.organization_id = o.id AND sn2.need != $need AND sn2.need IN (SELECT value FROM json_each($needs))) AS score
            FROM service_need sn
            JOIN service s ON s.id = sn.service_id
            JOIN organization o ON o.id = s.organization_id
            WHERE sn.need = $need
              AND $age >= s.minimum_age AND ($age < s.age_limit OR (s.age_limit_inclusive AND $age = s.age_limit))
              AND (s.genders & $gender) != 0
              AND (s.required_populations & $populations) = s.required_populations
              AND (s.excluded_populations & $populations) = 0
              AND (s.trafficking_types & $types) != 0
              AND (s.interpretation OR EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id AND l.code IN ($lang1, $lang2)))
              AND (s.anywhere OR EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id AND a.area = $area))
              AND NOT o.law_enforcement
              AND s.capacity_status != 2
            """;
        var need = command.Parameters.Add("$need", SqliteType.Text);
        command.Parameters.AddWithValue("$age", (double)client.AgeYears!.Value);
        command.Parameters.AddWithValue("$gender", (int)client.Gender!.Value);
        command.Parameters.AddWithValue("$populations", (int)client.Populations);
        command.Parameters.AddWithValue("$types", (int)client.TraffickingTypes);
        command.Parameters.AddWithValue("$lang1", client.Languages[0].Value);
        command.Parameters.AddWithValue("$lang2", client.Languages[^1].Value);
        command.Parameters.AddWithValue("$area", client.Area);
        command.Parameters.AddWithValue("$wDirect", weights.DirectLanguage);
        command.Parameters.AddWithValue("$wWaitlist", weights.Waitlist);
        command.Parameters.AddWithValue("$wCapacity", weights.RemainingCapacity);
        command.Parameters.AddWithValue("$wStandard", weights.StandardOfCare);
        command.Parameters.AddWithValue("$wTrained", weights.TraffickingTrainedStaff);
        command.Parameters.AddWithValue("$wLicensed", weights.LicensedSocialWorkers);
        command.Parameters.AddWithValue("$wOther", weights.PerOtherNeedCovered);
        command.Parameters.AddWithValue("$needs", "[" + string.Join(",", client.Needs.Select(n => $"\"{n.Need.Code}\"")) + "]");
        command.Parameters.AddWithValue("$wCultural", client.Populations.HasFlag(Populations.ForeignNational) ? weights.CulturallySpecific : 0.0);
        command.Prepare();
        foreach (var clientNeed in client.Needs)
        {
            need.Value = clientNeed.Need.Code;
            var rows = new List<(string Provider, string Offering, int Tier, double Score)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var score = reader.GetDouble(3);
                    var tier = 0;
                    if (clientNeed.Urgency == NeedUrgency.Immediate)
                    {
                        var state = Domain.Referrals.Matching.Rules.UrgencyTiers.TierOf(offerings[reader.GetInt64(2)], at, policy.OpeningSoonWindow);
                        tier = (int)state;
                        score += state == UrgencyTier.OpenNow ? weights.OpenNow : 0;
                    }

                    rows.Add((reader.GetString(0), reader.GetString(1), tier, score));
                }
            }

            results.Add([.. rows
                .OrderBy(r => r.Tier).ThenByDescending(r => r.Score).ThenBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Offering, StringComparer.Ordinal)
                .GroupBy(r => r.Provider).Select(g => g.First()).Take(top).Select(r => (r.Provider, r.Offering))]);
        }

        return results;
    }

    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Insert(string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), values[i] switch { bool b => b ? 1 : 0, null => DBNull.Value, var v => v });
        }

        command.ExecuteNonQuery();
    }
}
