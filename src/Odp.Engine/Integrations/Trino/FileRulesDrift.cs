using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Engine.Access;
using Odp.Engine.Access.Drift;
using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Engine.Integrations.Trino;

/// <summary>
/// Drift of the rules file: the live file against the document the enforcer would write for the grants, rule by rule
/// per section (<see cref="RulesDiff"/>). Compared through the typed model, so key order and legacy booleans are not
/// drift; an unparsable file is. No file and no grants means Trino is not managed yet.
/// </summary>
public sealed class FileRulesDrift(FileRulesEnforcer enforcer) : IGrantDriftCheck
{
    public string Title => "Trino rules";

    public string Location => enforcer.RulesFile;

    public string AuditWhat => "trino-rules-drift-repair";

    public string Unit => "rule";

    public async Task<DriftFindings?> FindAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken)
    {
        var before = File.Exists(enforcer.RulesFile) ? await File.ReadAllTextAsync(enforcer.RulesFile, cancellationToken) : null;
        if (before is null && grants.Count == 0) return null;

        var expected = Canonical((await enforcer.BuildAsync(grants, cancellationToken)).ToJson())!;
        var live = before is null ? new JsonObject() : Canonical(before);
        if (live is null) return new DriftFindings([], [], Reordered: false, Unreadable: true);
        var (missing, extra, reordered) = RulesDiff.Compare(live, expected);
        return new DriftFindings(missing, extra, reordered, Unreadable: false);
    }

    private static JsonObject? Canonical(string json)
    {
        try
        {
            return JsonNode.Parse(TrinoRulesDocument.Parse(json).ToJson())!.AsObject();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
