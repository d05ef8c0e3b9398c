using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Engine.Tests.Integrations.Trino.Client;

/// <summary>A <see cref="TrinoClient"/> wired as in production (auth handler, Trino's resilience layer, sockets) to a fake Trino.</summary>
internal static class TrinoClientFixture
{
    public static readonly (string Name, string Type)[] OrderColumns = [("order_id", "bigint"), ("customer", "varchar")];

    public static TrinoClient ClientFor(FakeTrinoServer server, TimeProvider? time = null, TrinoOptions? options = null)
    {
        var handler = new TrinoAuthHandler(Options.Create(options ?? new TrinoOptions()))
        {
            InnerHandler = ResilientHandler.Over(Backends.Trino, time ?? TimeProvider.System),
        };
        var http = new HttpClient(handler) { BaseAddress = server.BaseUrl };
        return new TrinoClient(http, NullLogger<TrinoClient>.Instance);
    }

    /// <summary><c>lake.sales.orders</c> with <paramref name="count"/> rows.</summary>
    public static void SeedOrders(FakeTrinoServer server, int count) =>
        server.AddTable("lake.sales.orders", OrderColumns, [.. Enumerable.Range(1, count).Select(i => new object?[] { i, $"customer {i}" })]);
}
