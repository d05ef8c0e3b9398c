using Odp.Bot.Conversation.Commands;

namespace Odp.Bot.Tests.Conversation.Commands;

public class TokenizerTests
{
    public static TheoryData<string, string[]> Splits => new()
    {
        { "", [] },
        { "   \t ", [] },
        { "a b  c", ["a", "b", "c"] },
        { "a\tb\nc", ["a", "b", "c"] },
        { "a\u00A0b", ["a", "b"] },
        { "\"a b\" c", ["a b", "c"] },
        { "'a b' c", ["a b", "c"] },
        { "“a b” c", ["a b", "c"] },
        { "‘a b’ c", ["a b", "c"] },
        { "“a b\" c", ["a b", "c"] },
        { "a\"b c\"d", ["ab cd"] },
        { "\"a b\"\"c d\"", ["a bc d"] },
        { "x“y z”", ["xy z"] },
        { "--reason=\"Q3 model\" --for 7d", ["--reason=Q3 model", "--for", "7d"] },
        { "\"\"", [""] },
        { "''", [""] },
        { "a \"\" b", ["a", "", "b"] },
        { "Bob's model", ["Bob's", "model"] },
        { "x'y z'", ["x'y", "z'"] },
        { "it’s fine", ["it’s", "fine"] },
        { "\"say \\\"hi\\\"\"", ["say \"hi\""] },
        { "\"a\\\\b\"", ["a\\b"] },
        { "\"C:\\data\\x\"", ["C:\\data\\x"] },
        { "C:\\data", ["C:\\data"] },
        { "'a\\'", ["a\\"] },
        { "\"it's\" 'say \"hi\"'", ["it's", "say \"hi\""] },
        { "😀 a😀b", ["😀", "a😀b"] },
        { "a\0b", ["a\0b"] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Split_Input_ReturnsWords(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Split(text));
    }

    [Theory]
    [InlineData("\"abc")]
    [InlineData("'abc")]
    [InlineData("“abc")]
    [InlineData("‘abc")]
    [InlineData("a \"b c")]
    [InlineData("\"abc\\\"")]
    [InlineData("a\"b")]
    public void Split_UnclosedQuote_ThrowsCommandParseException(string text)
    {
        var error = Assert.Throws<CommandParseException>(() => Tokenizer.Split(text));

        Assert.Contains("quote", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
