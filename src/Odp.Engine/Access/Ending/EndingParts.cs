namespace Odp.Engine.Access.Ending;

/// <summary>The parts of a grant's ending that <see cref="GrantEndings"/> keeps owed, in the order they run.</summary>
public static class EndingParts
{
    public const string Rules = "rules";
    public const string Server = "server";
    public const string Workspace = "workspace";
    public const string Notice = "notice";
    public const string Rollout = "rollout";

    public static readonly IReadOnlyList<string> Order = [Rules, Server, Workspace, Notice, Rollout];
}
