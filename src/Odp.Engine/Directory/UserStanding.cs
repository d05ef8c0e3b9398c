namespace Odp.Engine.Directory;

/// <summary>
/// What the directory itself says about a user right now: gone (no <see cref="User"/>), there but
/// <see cref="Disabled"/>, or there and free to act (<see cref="CanAct"/>).
/// </summary>
public sealed record UserStanding(DirectoryUser? User, bool Disabled)
{
    public static readonly UserStanding Gone = new(null, false);

    public bool CanAct => User is not null && !Disabled;
}
