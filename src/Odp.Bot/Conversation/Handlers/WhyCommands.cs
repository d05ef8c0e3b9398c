using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;

namespace Odp.Bot.Conversation.Handlers;

/// <summary>
/// <c>why</c>: whether someone can read a table in Trino right now, and which rules decide it. It explains the rules file;
/// with SQL enforcement there is none to explain, and it says so.
/// </summary>
public sealed class WhyCommands(ExplainAccess explain, IOptions<TrinoOptions> trino)
{
    public async Task<Reply> WhyAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        if (trino.Value.UsesSqlEnforcement)
            return new TextReply(
                "Trino enforces SQL grants here (Odp:Trino:Enforcement=sql), and `/odp why` explains only the file-based rules. "
                + $"`/odp preview {command.Argument(0)}` shows whether Trino lets you read it; `/odp mine` lists your grants.");
        var subject = command.Arguments.Count > 1 ? command.Argument(1) : null;
        var privilege = TrinoPrivilege.Select;
        var answer = await explain.ExplainAsync(userId, command.Argument(0), subject, privilege, cancellationToken);
        var verb = TrinoPrivileges.Name(privilege);
        if (answer.SettingUp.Count > 0)
            return new TextReply(SettingUp(answer, verb));
        if (answer.Decision is not { } decision)
            return new TextReply(
                $"{answer.User} can't {verb} {answer.Table} through OpenDataPlane: no request has been approved and set up yet, so it has written no Trino rules.");

        if (!decision.Allowed)
            return new TextReply($"{answer.User} can't {verb} {answer.Table}: {decision.Reason}.");
        var granted = answer.Tickets.Count == 0 ? "" : $" Granted by {string.Join(", ", answer.Tickets)}.";
        return new TextReply($"{answer.User} can {verb} {answer.Table}: {decision.Reason}.{granted}");
    }

    /// <summary>Approved, not provisioned yet: the grant is on its way.</summary>
    private static string SettingUp(AccessExplanation answer, string verb)
    {
        var first = answer.SettingUp[0];
        var which = answer.SettingUp.Count == 1 ? $"{first} is" : $"{string.Join(", ", answer.SettingUp)} are";
        return $"{answer.User} can't {verb} {answer.Table} yet: {which} approved and the grant is being set up. "
            + $"`/odp status {first}` shows how far it has got.";
    }
}
