namespace Odp.Engine.Storage.LiteDb;

/// <summary>The LiteDB file answers when a read of its small <c>counters</c> collection does.</summary>
public sealed class LiteDbStoreProbe(OdpDatabase database) : IStoreProbe
{
    public string Name => "LiteDB";

    public Task PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Database.GetCollection("counters").Count();
        return Task.CompletedTask;
    }
}
