using System.Text.RegularExpressions;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tickets;
using Stateless.Graph;

namespace Odp.Engine.Tests.Tickets;

/// <summary>
/// docs/tickets.md carries the lifecycle diagram generated from the machine itself.
/// Run with <c>ODP_UPDATE_DOCS=1</c> to rewrite the block after changing the machine.
/// </summary>
public sealed partial class TicketDiagramTests
{
    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "tickets.md");

    [Fact]
    public void Doc_MermaidBlock_MatchesTheMachine()
    {
        var expected = Generate();
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("ODP_UPDATE_DOCS") == "1")
        {
            doc = Replace(doc, expected);
            File.WriteAllText(DocPath, doc);
        }

        Assert.True(
            Extract(doc) == expected,
            $"The mermaid block in {DocPath} is out of date. Run the tests with ODP_UPDATE_DOCS=1 to regenerate it.");
    }

    [Fact]
    public void Generate_Machine_NamesEveryStateAndTrigger()
    {
        var diagram = Generate();

        Assert.StartsWith("stateDiagram-v2", diagram);
        foreach (var state in Enum.GetNames<TicketState>()) Assert.Contains(state, diagram);
        foreach (var trigger in Enum.GetNames<TicketTrigger>()) Assert.Contains(trigger, diagram);
    }

    private static string Generate() => MermaidGraph.Format(Ticket.Describe()).ReplaceLineEndings("\n").Trim();

    private static string? Extract(string doc)
    {
        var match = Block().Match(doc);
        return match.Success ? match.Groups["body"].Value : null;
    }

    private static string Replace(string doc, string diagram)
    {
        var match = Block().Match(doc);
        var block = "```mermaid\n" + diagram + "\n```";
        return match.Success
            ? doc[..match.Index] + block + doc[(match.Index + match.Length)..]
            : doc.TrimEnd() + "\n\n" + block + "\n";
    }

    [GeneratedRegex(@"^```mermaid\n(?<body>.*?)\n?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Block();
}
