using System.Text.Json.Nodes;

namespace Odp.Engine.Access.Drift;

/// <summary>
/// Compares two rules documents rule by rule (as JSON, per section), keeping duplicates: a rule is missing when
/// the live file has fewer copies of it than expected, extra when it has more.
/// </summary>
internal static class RulesDiff
{
    public static (List<string> Missing, List<string> Extra, bool Reordered) Compare(JsonObject live, JsonObject expected)
    {
        var missing = new List<string>();
        var extra = new List<string>();
        var reordered = false;
        foreach (var section in expected.Select(p => p.Key).Union(live.Select(p => p.Key)).Distinct())
        {
            var want = Rules(expected[section]);
            var have = Rules(live[section]);
            missing.AddRange(Subtract(want, have).Select(r => $"{section}: {r}"));
            extra.AddRange(Subtract(have, want).Select(r => $"{section}: {r}"));
            if (want.Count == have.Count && !want.SequenceEqual(have) && want.Order().SequenceEqual(have.Order())) reordered = true;
            if ((expected[section] is null) != (live[section] is null) && want.Count == 0 && have.Count == 0)
                (expected[section] is null ? extra : missing).Add($"{section}: (the empty section)");
        }
        return (missing, extra, reordered);
    }

    private static List<string> Rules(JsonNode? section) => section switch
    {
        JsonArray array => array.Select(r => r?.ToJsonString() ?? "null").ToList(),
        null => [],
        _ => [section.ToJsonString()],
    };

    private static IEnumerable<string> Subtract(List<string> from, List<string> remove)
    {
        var left = remove.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        foreach (var rule in from)
        {
            if (left.TryGetValue(rule, out var n) && n > 0) left[rule] = n - 1;
            else yield return rule;
        }
    }
}
