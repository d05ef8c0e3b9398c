using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Tests.Conversation.Commands;

public class CommandParserErrorTests
{
    /// <summary>Input, words the message must contain (any case), the command whose usage is shown (null: none).</summary>
    public static TheoryData<string, string[], string?> Invalid => new()
    {
        // unknown command
        { "/odp serach churn", ["serach", "did you mean", "search"], null },
        { "/odp aprove ODP-1", ["aprove", "approve"], null },
        { "/odp frobnicate", ["frobnicate", "/odp help"], null },
        { "/odp --reason x", ["--reason", "/odp help"], null },
        // missing argument
        { "/odp request", ["which dataset"], "request" },
        { "/odp request --reason x", ["which dataset"], "request" },
        { "/odp show", ["which dataset"], "show" },
        { "/odp show \"\"", ["which dataset"], "show" },
        { "/odp search", ["search for"], "search" },
        { "/odp search \"\" --page 2", ["search for"], "search" },
        { "/odp approve", ["which ticket"], "approve" },
        { "/odp deny --reason no", ["which ticket"], "deny" },
        { "/odp cancel", ["which ticket"], "cancel" },
        { "/odp revoke", ["which ticket"], "revoke" },
        { "/odp retry", ["which ticket"], "retry" },
        { "/odp status", ["which ticket"], "status" },
        // extra arguments
        { "/odp approve ODP-1 ODP-2", ["more than", "ODP-2"], "approve" },
        { "/odp show a.b.c d.e.f", ["more than", "d.e.f", "quotes"], "show" },
        { "/odp mine please", ["more than", "please"], "mine" },
        { "/odp pending now", ["now"], "pending" },
        { "/odp help search show", ["show"], "help" },
        { "/odp workspace status analysts extra", ["extra"], "workspace" },
        { "/odp request a.b.c x.y.z --reason r", ["x.y.z"], "request" },
        // unknown option, option on a command without options
        { "/odp request x.y.z --reason a --color red", ["--color", "--reason", "--for"], "request" },
        { "/odp deny ODP-1 --for 30d", ["--for", "--reason"], "deny" },
        { "/odp approve ODP-1 --reason x", ["takes no options", "--reason"], "approve" },
        { "/odp mine --page 2", ["takes no options", "--page"], "mine" },
        { "/odp workspace —team analysts", ["takes no options", "team"], "workspace" },
        { "/odp approve ODP-1 --team analysts", ["takes no options", "--team"], "approve" },
        // duplicate option
        { "/odp request x.y.z --reason a --team analysts --team data-science", ["--team", "twice"], "request" },
        { "/odp request x.y.z --reason a --reason b", ["--reason", "twice"], "request" },
        { "/odp request x.y.z --reason a --for 30d —for 7d", ["--for", "twice"], "request" },
        { "/odp request x.y.z --reason a --REASON b", ["twice"], "request" },
        // option without value
        { "/odp request x.y.z --reason", ["--reason", "value"], "request" },
        { "/odp request x.y.z --for --reason x", ["--for", "value"], "request" },
        { "/odp request x.y.z --reason=", ["--reason", "value"], "request" },
        { "/odp request x.y.z --reason \"\"", ["--reason", "value"], "request" },
        { "/odp request x.y.z --reason '   '", ["--reason", "value"], "request" },
        { "/odp search churn --page", ["--page", "value"], "search" },
        { "/odp request x.y.z --reason a --team", ["--team", "value"], "request" },
        { "/odp request x.y.z --team --reason a", ["--team", "value"], "request" },
        // required option missing
        { "/odp request x.y.z", ["--reason"], "request" },
        { "/odp request x.y.z --for 30d", ["--reason"], "request" },
        { "/odp deny ODP-1", ["--reason"], "deny" },
        // unclosed quote
        { "/odp request x.y.z --reason \"Q3 model", ["quote"], null },
        { "/odp search 'churn", ["quote"], null },
        { "/odp search “churn", ["quote"], null },
        // nameless options
        { "/odp request x.y.z --reason a --", ["--", "without a name"], "request" },
        { "/odp request x.y.z --=x --reason a", ["--=x", "without a name"], "request" },
        { "/odp approve ODP-1 —=x", ["without a name"], "approve" },
        { "/odp search churn --", ["without a name"], "search" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidInput_ThrowsCommandParseExceptionWithKindMessage(string text, string[] words, string? usageOf)
    {
        var error = Assert.Throws<CommandParseException>(() => CommandParser.Parse(text));

        foreach (var word in words) Assert.Contains(word, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        if (usageOf is null)
        {
            Assert.Null(error.Usage);
        }
        else
        {
            Assert.NotNull(error.Usage);
            Assert.StartsWith($"/odp {usageOf}", error.Usage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_UnknownCommandFarFromAll_ThrowsWithoutSuggestion()
    {
        var error = Assert.Throws<CommandParseException>(() => CommandParser.Parse("/odp frobnicate"));

        Assert.DoesNotContain("did you mean", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_EveryCommandMissingItsArgument_UsesThatCommandsUsage()
    {
        foreach (var spec in CommandSpecs.All.Where(s => s.MinArguments > 0))
        {
            var error = Assert.Throws<CommandParseException>(() => CommandParser.Parse($"/odp {spec.Name}"));

            Assert.Equal(spec.Usage, error.Usage);
            Assert.StartsWith($"/odp {spec.Name}", spec.Usage, StringComparison.Ordinal);
        }
    }
}
