using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Tests.Conversation.Commands;

public class CommandParserTests
{
    /// <summary>Input, command name, arguments, options as "name=value".</summary>
    public static TheoryData<string, string, string[], string[]> Valid => new()
    {
        // help
        { "", "help", [], [] },
        { "   ", "help", [], [] },
        { "/odp", "help", [], [] },
        { "odp help", "help", [], [] },
        { "/odp help", "help", [], [] },
        { "/odp HELP request", "help", ["request"], [] },
        { "/odp help search", "help", ["search"], [] },
        // search: free text is kept as one argument, phrases re-quoted
        { "/odp search churn", "search", ["churn"], [] },
        { "/ODP Search churn", "search", ["churn"], [] },
        { "search churn owner:group:sales-owners tag:pii", "search", ["churn owner:group:sales-owners tag:pii"], [] },
        { "/odp search churn owner:group:sales-owners tag:pii", "search", ["churn owner:group:sales-owners tag:pii"], [] },
        { "/odp search \"customer churn\" tag:pii", "search", ["\"customer churn\" tag:pii"], [] },
        { "/odp search “customer churn” --page 2", "search", ["\"customer churn\""], ["page=2"] },
        { "/odp search 'customer churn' orders", "search", ["\"customer churn\" orders"], [] },
        { "/odp search churn —page 3", "search", ["churn"], ["page=3"] },
        // show
        { "/odp show lake.sales.orders", "show", ["lake.sales.orders"], [] },
        { "/odp show \"\" lake.sales.orders", "show", ["lake.sales.orders"], [] },
        // request
        { "/odp request lake.sales.orders --reason \"Q3 churn model\" --for 30d", "request", ["lake.sales.orders"], ["reason=Q3 churn model", "for=30d"] },
        { "/odp request lake.sales.orders --reason=inline", "request", ["lake.sales.orders"], ["reason=inline"] },
        { "/odp request lake.sales.orders --reason=\"Q3 model\" --for=7d", "request", ["lake.sales.orders"], ["reason=Q3 model", "for=7d"] },
        { "/odp request lake.sales.orders --reason=need it badly", "request", ["lake.sales.orders"], ["reason=need it badly"] },
        { "/odp request lake.sales.orders --reason need it for the Q3 model --for 7d", "request", ["lake.sales.orders"], ["reason=need it for the Q3 model", "for=7d"] },
        { "/odp request lake.sales.orders --reason “Q3 model”", "request", ["lake.sales.orders"], ["reason=Q3 model"] },
        { "/odp request lake.sales.orders —reason Q3 model —for 30d", "request", ["lake.sales.orders"], ["reason=Q3 model", "for=30d"] },
        { "/odp request lake.sales.orders —reason=“Q3 model”", "request", ["lake.sales.orders"], ["reason=Q3 model"] },
        { "/odp request lake.sales.orders --reason x --access write", "request", ["lake.sales.orders"], ["reason=x", "access=write"] },
        { "/odp request lake.sales.orders --reason x --workspace analysts", "request", ["lake.sales.orders"], ["reason=x", "workspace=analysts"] },
        { "/odp request lake.sales.orders --reason 'Q3 model' --for '30d'", "request", ["lake.sales.orders"], ["reason=Q3 model", "for=30d"] },
        { "/odp request lake.sales.orders --reason Bob's model", "request", ["lake.sales.orders"], ["reason=Bob's model"] },
        { "/odp request lake.sales.orders --reason need it — soon", "request", ["lake.sales.orders"], ["reason=need it — soon"] },
        { "/odp request lake.sales.orders --reason \"--force was wrong\"", "request", ["lake.sales.orders"], ["reason=--force was wrong"] },
        { "/odp request lake.sales.orders --reason \"see C:\\data\"", "request", ["lake.sales.orders"], ["reason=see C:\\data"] },
        { "/odp request lake.sales.orders --REASON x --For 30d", "request", ["lake.sales.orders"], ["reason=x", "for=30d"] },
        { "/odp request --for 30d lake.sales.orders --reason x", "request", ["lake.sales.orders"], ["for=30d", "reason=x"] },
        { "/odp request lake.sales.orders --reason \"  padded  \"", "request", ["lake.sales.orders"], ["reason=padded"] },
        { "/odp\u00A0request\u00A0lake.sales.orders --reason x", "request", ["lake.sales.orders"], ["reason=x"] },
        {
            "/odp request lake.sales.orders --reason \"Q3\" --for 90d --access read --workspace analysts", "request",
            ["lake.sales.orders"], ["reason=Q3", "for=90d", "access=read", "workspace=analysts"]
        },
        // request for a team
        { "/odp request lake.sales.orders --for 30d --reason \"Q3 churn model\" --team analysts", "request", ["lake.sales.orders"], ["for=30d", "reason=Q3 churn model", "team=analysts"] },
        { "/odp request lake.sales.orders --team=analysts --reason shared dashboard", "request", ["lake.sales.orders"], ["team=analysts", "reason=shared dashboard"] },
        { "/odp request lake.sales.orders —team data-science —reason model", "request", ["lake.sales.orders"], ["team=data-science", "reason=model"] },
        { "/odp request lake.sales.orders --reason x --TEAM Analysts --workspace analysts", "request", ["lake.sales.orders"], ["reason=x", "team=Analysts", "workspace=analysts"] },
        // tickets
        { "/odp approve ODP-1", "approve", ["ODP-1"], [] },
        { "/odp deny ODP-1 --reason \"no\"", "deny", ["ODP-1"], ["reason=no"] },
        { "/odp deny ODP-1 --reason not for this project", "deny", ["ODP-1"], ["reason=not for this project"] },
        { "/odp cancel ODP-7", "cancel", ["ODP-7"], [] },
        { "/odp revoke ODP-1", "revoke", ["ODP-1"], [] },
        { "/odp revoke ODP-1 --reason left the team", "revoke", ["ODP-1"], ["reason=left the team"] },
        { "/odp retry ODP-3", "retry", ["ODP-3"], [] },
        { "/odp status ODP-1", "status", ["ODP-1"], [] },
        { "/odp mine", "mine", [], [] },
        { "/odp pending", "pending", [], [] },
        // workspace
        { "/odp workspace", "workspace", [], [] },
        { "/odp workspace status analysts", "workspace", ["status", "analysts"], [] },
        { "/odp workspace analysts", "workspace", ["analysts"], [] },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidInput_ReturnsCommandArgumentsAndOptions(string text, string name, string[] arguments, string[] options)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(name, command.Name);
        Assert.Equal(arguments, command.Arguments);
        var expected = options.Select(o => o.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(expected.OrderBy(p => p.Key), command.Options.OrderBy(p => p.Key));
    }

    [Fact]
    public void Option_AnyCase_ReturnsValue()
    {
        var command = CommandParser.Parse("/odp deny ODP-1 --reason no");

        Assert.Equal("no", command.Option("Reason"));
        Assert.Equal("no", command.Option(CommandSpecs.Reason));
        Assert.Null(command.Option(CommandSpecs.For));
    }

    [Fact]
    public void Parse_Null_ReturnsHelp()
    {
        Assert.Equal("help", CommandParser.Parse(null!).Name);
    }
}
