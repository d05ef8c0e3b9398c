using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary><c>workspace launch|stop</c> without a JupyterHub configured: a kind explanation, never an error.</summary>
public sealed class WorkspaceJupyterTests : ConversationTest
{
    [Theory]
    [InlineData("/odp workspace launch analysts")]
    [InlineData("/odp workspace stop analysts")]
    [InlineData("/odp workspace launch")]
    [InlineData("/odp workspace stop")]
    public async Task Say_LaunchOrStopWithoutJupyterHub_SaysItIsNotSetUp(string text)
    {
        var reply = await Chat.Say("alice", text);

        Assert.Contains("Jupyter servers aren't set up", reply);
        Assert.Contains("Odp:JupyterHub:Url", reply);
        Assert.DoesNotContain("Something went wrong", reply);
    }
}
