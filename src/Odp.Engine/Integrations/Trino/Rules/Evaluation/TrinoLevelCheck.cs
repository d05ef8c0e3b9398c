namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// The outcome at one level (catalog or table): whether it passed, the rule that decided (null when no rule
/// decided: no section, no match, or an exemption), and why, in words.
/// </summary>
public sealed record TrinoLevelCheck(bool Passed, TrinoRuleMatch? Rule, string Explanation);
