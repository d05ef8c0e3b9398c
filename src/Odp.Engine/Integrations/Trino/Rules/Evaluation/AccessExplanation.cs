using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// Why <see cref="User"/> can or can't use <see cref="Table"/> in Trino right now. <see cref="Decision"/> is null when
/// no rules file has been written yet; <see cref="Tickets"/> are the tickets the rules index names for that grant.
/// When the rules don't let the user in, <see cref="SettingUp"/> names their (or their team's) tickets for the table that
/// are approved and not yet provisioned: access is on its way.
/// </summary>
public sealed record AccessExplanation(
    string User, DatasetName Table, TrinoDecision? Decision, IReadOnlyList<string> Tickets, IReadOnlyList<string> SettingUp);
