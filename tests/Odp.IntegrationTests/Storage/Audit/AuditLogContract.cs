using Odp.Engine.Storage.Audit;

namespace Odp.IntegrationTests.Storage.Audit;

/// <summary>What every <see cref="IAuditLog"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class AuditLogContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<IAuditLog> NewLogAsync();

    [Fact]
    public async Task LatestAsync_MoreEntriesThanAsked_TheLatestOldestFirstWithTheirTimes()
    {
        var log = await NewLogAsync();
        for (var i = 0; i < 5; i++)
            await log.RecordAsync(new AuditEntry(Start.AddMinutes(i), "trino-rules-drift-repair", $"rules.json: {i} missing", $"rewritten from {i} grants"), None);

        var latest = await log.LatestAsync(2, None);

        Assert.Equal(
            [
                new AuditEntry(Start.AddMinutes(3), "trino-rules-drift-repair", "rules.json: 3 missing", "rewritten from 3 grants"),
                new AuditEntry(Start.AddMinutes(4), "trino-rules-drift-repair", "rules.json: 4 missing", "rewritten from 4 grants"),
            ],
            latest);
    }

    [Fact]
    public async Task LatestAsync_Empty_Nothing()
    {
        var log = await NewLogAsync();

        Assert.Empty(await log.LatestAsync(10, None));
    }
}
