using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// Why <see cref="User"/> can or can't use <see cref="Table"/> in Trino right now. <see cref="Decision"/> is null when
/// no rules file has been written yet; <see cref="Tickets"/> are the tickets the rules index names for that grant.
/// </summary>
public sealed record AccessExplanation(string User, DatasetName Table, TrinoDecision? Decision, IReadOnlyList<string> Tickets);
