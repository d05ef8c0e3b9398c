using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Storage.Deliveries;

namespace Odp.IntegrationTests.Storage.Deliveries;

/// <summary>What every <see cref="IDeliveryLog"/> does, run on each implementation (in memory, PostgreSQL).</summary>
public abstract class DeliveryLogContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Minutes5 = TimeSpan.FromMinutes(5);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Logs over one store, on <see cref="Time"/>, each keeping at most <paramref name="capacity"/>: one per replica
    /// where the store is shared (PostgreSQL), else the same log <paramref name="replicas"/> times (one process).
    /// </summary>
    protected abstract Task<IReadOnlyList<IDeliveryLog>> NewLogsAsync(int capacity, int replicas);

    private async Task<IDeliveryLog> NewLogAsync(int capacity = IDeliveryLog.DefaultCapacity) => (await NewLogsAsync(capacity, 1))[0];

    private DateTimeOffset In(TimeSpan span) => Time.GetUtcNow() + span;

    [Fact]
    public async Task AdmitAsync_SameKeyTwice_FirstThenRepeat()
    {
        var log = await NewLogAsync();

        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync("http:1:v0=aaaa", In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.Repeat, await log.AdmitAsync("http:1:v0=aaaa", In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync("http:1:v0=bbbb", In(Minutes5), None));
        Assert.Equal(IDeliveryLog.DefaultCapacity, log.Capacity);
    }

    [Fact]
    public async Task AdmitAsync_OnceItsForgetAtHasPassed_FirstAgain()
    {
        var log = await NewLogAsync();
        await log.AdmitAsync("socket:e1", In(Minutes5), None);

        Time.Advance(Minutes5 - TimeSpan.FromSeconds(1));
        Assert.Equal(DeliveryVerdict.Repeat, await log.AdmitAsync("socket:e1", In(Minutes5), None));
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync("socket:e1", In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.Repeat, await log.AdmitAsync("socket:e1", In(Minutes5), None));
    }

    [Fact]
    public async Task AdmitAsync_AtCapacity_FullUntilOneIsForgotten()
    {
        var log = await NewLogAsync(capacity: 3);
        await log.AdmitAsync("e0", In(TimeSpan.FromMinutes(1)), None);
        await log.AdmitAsync("e1", In(Minutes5), None);
        await log.AdmitAsync("e2", In(Minutes5), None);

        Assert.Equal(DeliveryVerdict.Full, await log.AdmitAsync("e3", In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.Repeat, await log.AdmitAsync("e0", In(Minutes5), None)); // a repeat is told even when full
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync("e3", In(Minutes5), None)); // e0 forgotten: room for one
        Assert.Equal(DeliveryVerdict.Full, await log.AdmitAsync("e4", In(Minutes5), None));
    }

    [Fact]
    public async Task AdmitAsync_KeysOfAnyLength_ToldApartAndKeptBounded()
    {
        var log = await NewLogAsync();
        var huge = new string('x', 100_000);

        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync(huge, In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.Repeat, await log.AdmitAsync(huge, In(Minutes5), None));
        Assert.Equal(DeliveryVerdict.First, await log.AdmitAsync(huge[1..], In(Minutes5), None));
    }

    [Fact]
    public async Task AdmitAsync_FiftyConcurrentAdmissionsOfOneKeyOnTwoReplicas_ExactlyOneFirst()
    {
        var replicas = await NewLogsAsync(IDeliveryLog.DefaultCapacity, replicas: 2);
        var forgetAt = In(Minutes5);

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => replicas[i % 2].AdmitAsync("http:1700000000:v0=retried", forgetAt, None))));

        Assert.Single(verdicts, v => v == DeliveryVerdict.First);
        Assert.Equal(49, verdicts.Count(v => v == DeliveryVerdict.Repeat));
    }

    [Fact]
    public async Task AdmitAsync_FiftyConcurrentNewKeysOnTwoReplicas_NeverMoreThanTheCapacity()
    {
        var replicas = await NewLogsAsync(capacity: 10, replicas: 2);
        var forgetAt = In(Minutes5);

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => replicas[i % 2].AdmitAsync($"socket:e{i}", forgetAt, None))));

        Assert.Equal(10, verdicts.Count(v => v == DeliveryVerdict.First));
        Assert.Equal(40, verdicts.Count(v => v == DeliveryVerdict.Full));
    }
}
