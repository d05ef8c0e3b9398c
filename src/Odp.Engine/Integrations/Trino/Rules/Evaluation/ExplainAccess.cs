using System.Text.Json;
using Odp.Engine.Access;
using Odp.Engine.Budget;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// <c>why</c>: evaluates the live rules file (<see cref="FileRulesEnforcer.RulesFile"/>) for a user and their
/// directory groups. Anyone may ask about themselves; asking about someone else needs ownership of the dataset.
/// </summary>
public sealed class ExplainAccess(
    FileRulesEnforcer enforcer, Participants participants, IDirectory directory, OwnerResolver owners, MemberGrants grants)
{
    private static readonly TicketState[] SettingUpStates = [TicketState.Approved, TicketState.Provisioning];

    public async Task<AccessExplanation> ExplainAsync(
        string askerId, string datasetName, string? subjectId, TrinoPrivilege privilege, CancellationToken cancellationToken)
    {
        InputLimits.Name(subjectId, "A user name");
        var asker = await participants.RequireUserAsync(askerId, cancellationToken);
        var dataset = await participants.RequireDatasetAsync(datasetName, cancellationToken);
        var subject = asker;
        if (!string.IsNullOrWhiteSpace(subjectId) && !string.Equals(subjectId, asker.Id, StringComparison.OrdinalIgnoreCase))
        {
            if (!await owners.IsOwnerAsync(asker.Id, dataset.Owners, cancellationToken))
                throw new NotAllowedException(
                    $"Only an owner of {dataset.Name} can ask about someone else's access to it; you can ask about your own.");
            subject = await directory.FindUserAsync(subjectId, cancellationToken)
                ?? throw new NotFoundException($"I don't know a user '{subjectId}' in the directory.");
        }

        var table = DatasetName.Parse(dataset.Name);
        var document = await ReadAsync(enforcer.RulesFile, TrinoRulesDocument.Parse, cancellationToken);
        if (document is null) return new AccessExplanation(subject.Id, table, null, [], await SettingUpAsync(subject, dataset, cancellationToken));

        var decision = new TrinoRulesEvaluator(document).Evaluate(subject.Id, subject.Groups, table, privilege);
        var index = await ReadAsync(enforcer.IndexFile, json => JsonSerializer.Deserialize<List<TrinoRulesIndexEntry>>(json) ?? [], cancellationToken) ?? [];
        var tickets = decision.Allowed
            ? index.Where(e => (e.User == subject.Id || (e.Group is not null && subject.Groups.Contains(e.Group)))
                    && string.Equals(e.Table, table.ToString(), StringComparison.OrdinalIgnoreCase))
                .SelectMany(e => e.Tickets).Distinct().ToList()
            : [];
        var settingUp = decision.Allowed ? [] : await SettingUpAsync(subject, dataset, cancellationToken);
        return new AccessExplanation(subject.Id, table, decision, tickets, settingUp);
    }

    /// <summary>The subject's approved tickets for the dataset whose grant is not written yet.</summary>
    private async Task<IReadOnlyList<string>> SettingUpAsync(DirectoryUser subject, Dataset dataset, CancellationToken cancellationToken) =>
        [.. (await grants.ForDatasetAsync(subject, dataset.Name, SettingUpStates, cancellationToken)).Select(t => t.Id)];

    private static async Task<T?> ReadAsync<T>(string path, Func<string, T> parse, CancellationToken cancellationToken) where T : class
    {
        if (!File.Exists(path)) return null;
        return parse(await File.ReadAllTextAsync(path, cancellationToken));
    }
}
