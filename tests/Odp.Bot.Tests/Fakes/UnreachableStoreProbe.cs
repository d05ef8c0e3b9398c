using Odp.Engine.Storage;

namespace Odp.Bot.Tests.Fakes;

/// <summary>A store that stopped answering after the host started (its disk went away).</summary>
internal sealed class UnreachableStoreProbe : IStoreProbe
{
    public string Name => "LiteDB";

    public Task PingAsync(CancellationToken cancellationToken) =>
        Task.FromException(new IOException("Input/output error reading odp.db"));
}
