using System.Text;

namespace Odp.Bot.Conversation.Commands;

/// <summary>
/// Splits a command line into words. Double, single and typographic quotes (which chat apps substitute) group
/// words when they open a word (an apostrophe inside a word is just a letter); a backslash escapes the next
/// character inside double quotes.
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
                if (c == '\\' && q == '"' && i + 1 < text.Length) current.Append(text[++i]);
                else if (Closes(q, c)) quote = null;
                else current.Append(c);
            }
            else if (!inWord && Opens(c))
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

    private static bool Opens(char c) => c is '"' or '\'' or '“' or '‘';

    private static bool Closes(char open, char c) => open switch
    {
        '“' => c is '”' or '"',
        '‘' => c is '’' or '\'',
        _ => c == open,
    };
}
