namespace Odp.Engine.Storage.Copy;

/// <summary>
/// Of one kind of record, how many <see cref="StoreCopy"/> copied and how many it found already there (left as they
/// were: on a second run, all of them).
/// </summary>
public sealed record CopyCount(int Copied, int AlreadyThere)
{
    public int Total => Copied + AlreadyThere;
}
