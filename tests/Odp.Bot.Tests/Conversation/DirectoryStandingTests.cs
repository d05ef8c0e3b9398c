using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// People who leave the directory, or whom it disables, keep chatting: they can still search and read, but whatever
/// would change a ticket is refused with the reason, and the request waits for someone who may decide.
/// </summary>
public sealed class DirectoryStandingTests
{
    [Fact]
    public async Task Approve_ByAnOwnerTheDirectoryNoLongerHas_SaysSoAndTheRequestWaits()
    {
        var directory = new ChangingDirectory(YamlDirectory.Load(SourceTree.DemoDirectory));
        await using var chat = ChatHarness.Start(s => s.AddSingleton<IDirectory>(directory));
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        directory.Remove("bob");

        var refused = await chat.Say("bob", "/odp approve ODP-1");

        Assert.Contains("I don't know a user 'bob' in the directory (any more), so you can't request, decide or end access.", refused);
        Assert.Contains("Pending", await chat.Say("alice", "/odp status ODP-1"));
        Assert.Contains("Approved ODP-1", await chat.Say("judy", "/odp approve ODP-1"));
    }

    [Fact]
    public async Task Commands_ByAUserTheDirectoryFileDisables_ReadButCantWrite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"odp-directory-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(SourceTree.DemoDirectory))
            .Replace("groups: [sales-owners]}", "groups: [sales-owners], disabled: true}"));
        try
        {
            await using var chat = ChatHarness.Start(new Dictionary<string, string?> { ["Odp:Directory:File"] = file });
            await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

            var refused = await chat.Say("bob", "/odp deny ODP-1 --reason \"use the daily revenue table\"");
            var search = await chat.Say("bob", "/odp search orders");

            Assert.Contains("Your directory account 'bob' is disabled", refused);
            Assert.Contains("lake.sales.orders", search);
            Assert.Contains("Pending", await chat.Say("alice", "/odp status ODP-1"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
