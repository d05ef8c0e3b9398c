using Odp.Engine.Tests.Fakes.OpenMetadata;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// The fake OpenMetadata with one table the demo catalog lacks (<see cref="Dataset"/>, owned by bob, tagged
/// <c>PII.Sensitive</c>), and the settings that point the bot at it.
/// </summary>
internal static class OpenMetadataOn
{
    public const string Dataset = "lake.sales.om_churn_scores";
    public const string Description = "Churn scores from OpenMetadata.";

    /// <summary>The server; with <paramref name="held"/> its table listing waits for <see cref="FakeOpenMetadataServer.HoldTables"/>.</summary>
    public static async Task<FakeOpenMetadataServer> StartAsync(bool held = false)
    {
        var server = await FakeOpenMetadataServer.StartAsync();
        server.Tables.Add(Table("trino." + Dataset, Description, [User("bob")], "PII.Sensitive"));
        if (held) server.HoldTables = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return server;
    }

    public static Dictionary<string, string?> Settings(FakeOpenMetadataServer server) => new()
    {
        ["Odp:OpenMetadata:Url"] = server.Url.ToString(), ["Odp:OpenMetadata:Token"] = FakeOpenMetadataServer.Token,
    };
}
