using System.Text;
using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Tests.Conversation.Commands;

public class CommandParserFuzzTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "z", "O", "D", "P", "1", "7", ".", ":", " ", " ", " ", "\t", "\n", "\u00A0",
        "\"", "'", "“", "”", "‘", "’", "`", "-", "--", "—", "–", "=", "/", "\\", "\0", "😀", "\uD83D", "\u200B",
        "odp", "/odp", "help", "search", "show", "request", "approve", "deny", "cancel", "revoke", "retry",
        "status", "mine", "pending", "workspace", "--reason", "—reason", "--for", "--page", "--access",
        "--workspace", "--team", "30d", "ODP-1", "lake.sales.orders", "tag:", "owner:group:", "Bob's",
    ];

    [Fact]
    public void Parse_RandomText_ReturnsValidCommandOrThrowsCommandParseException()
    {
        var random = new Random(20240611);
        var (parsed, rejected) = (0, 0);
        for (var n = 0; n < 2000; n++)
        {
            var text = RandomText(random);
            try
            {
                var command = CommandParser.Parse(text);
                AssertConsistent(command, text);
                parsed++;
            }
            catch (CommandParseException e)
            {
                rejected++;
                Assert.False(string.IsNullOrWhiteSpace(e.Message), $"Empty message for {Show(text)}");
            }
            catch (Exception e)
            {
                Assert.Fail($"Input #{n} {Show(text)} threw {e.GetType().Name}: {e.Message}");
            }
        }

        // Both paths are exercised, not just the error one.
        Assert.InRange(parsed, 100, 1900);
        Assert.InRange(rejected, 100, 1900);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(3) == 0) text.Append("/odp ");
        if (random.Next(2) == 0) text.Append(CommandSpecs.All[random.Next(CommandSpecs.All.Count)].Name).Append(' ');
        var length = random.Next(0, 25);
        for (var i = 0; i < length; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static void AssertConsistent(ParsedCommand command, string text)
    {
        var spec = command.Spec;
        Assert.Same(CommandSpecs.Find(command.Name), spec);
        Assert.True(command.Arguments.Count <= spec.MaxArguments, $"Too many arguments for {Show(text)}");
        if (command.Name != "help")
            Assert.True(command.Arguments.Count >= spec.MinArguments, $"Too few arguments for {Show(text)}");
        Assert.All(command.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a), $"Blank argument for {Show(text)}"));
        Assert.All(spec.RequiredOptions, o => Assert.NotNull(command.Option(o)));
        Assert.All(command.Options, o =>
        {
            Assert.Contains(o.Key, spec.Options);
            Assert.False(string.IsNullOrWhiteSpace(o.Value), $"Blank --{o.Key} for {Show(text)}");
        });
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
