using System.Text;

namespace Odp.Bot.Conversation.Commands;

/// <summary>
/// Splits a command line into words, like a shell. Double quotes (straight or typographic, which chat apps
/// substitute) group words anywhere, so <c>--reason="a b"</c> and <c>a"b c"d</c> are one word each. Single quotes
/// group words only when they open a word, so an apostrophe inside a word (<c>Bob's</c>) is just a letter.
/// Inside straight double quotes a backslash escapes a double quote or a backslash; any other backslash is
/// kept, so paths like <c>C:\data</c> survive. <c>""</c> is an empty word.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\' && q == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\') current.Append(text[++i]);
                else if (Closes(q, c)) quote = null;
                else current.Append(c);
            }
            else if (c is '"' or '“' || (!inWord && c is '\'' or '‘'))
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }
        if (quote is not null)
            throw new CommandParseException("A quote was opened but never closed. Put a closing quote after the text.", null);
        if (inWord) words.Add(current.ToString());
        return words;
    }

    private static bool Closes(char open, char c) => open switch
    {
        '“' => c is '”' or '"',
        '‘' => c is '’' or '\'',
        _ => c == open,
    };
}
