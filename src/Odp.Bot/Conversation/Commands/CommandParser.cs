using Odp.Engine.Budget;
using Odp.Engine.Catalog;

namespace Odp.Bot.Conversation.Commands;

/// <summary>
/// Parses <c>/odp …</c> text against <see cref="CommandSpecs"/>. Never throws anything but
/// <see cref="CommandParseException"/>, whose message is kind and whose usage shows the right form.
/// </summary>
public static class CommandParser
{
    /// <summary>
    /// The longest command read at all: room for the longest reason a setting allows
    /// (<c>Odp:Access:ReasonMaxLength</c>, at most 20,000) and the rest of a request. Each use case has its own,
    /// lower limits; this one only bounds what parsing costs.
    /// </summary>
    public const int MaxLength = 25_000;

    public static ParsedCommand Parse(string text)
    {
        if (text is { Length: > MaxLength })
            throw new CommandParseException($"A command can be at most {MaxLength:N0} characters; yours has {text.Length:N0}.", null);
        var tokens = Tokenizer.Split(text ?? "").ToList();
        if (tokens.Count > 0 && tokens[0].TrimStart('/').Equals("odp", StringComparison.OrdinalIgnoreCase)) tokens.RemoveAt(0);
        if (tokens.Count == 0) return new ParsedCommand(CommandSpecs.Find("help")!, [], new Dictionary<string, string>());

        var spec = CommandSpecs.Find(tokens[0]) ?? throw Unknown(tokens[0]);
        var arguments = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsOption(tokens[i], out var name, out var inline))
            {
                if (!string.IsNullOrWhiteSpace(tokens[i])) arguments.Add(tokens[i]); // "" says nothing; treat it as absent
                continue;
            }
            if (name.Length == 0)
                throw new CommandParseException(
                    $"\"{InputLimits.Shown(tokens[i])}\" is an option without a name. Write it like --reason \"why\".", spec.Usage);
            if (!spec.Options.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new CommandParseException(
                    spec.Options.Count == 0
                        ? $"`{spec.Name}` takes no options, but got --{InputLimits.Shown(name)}."
                        : $"`{spec.Name}` has no option --{InputLimits.Shown(name)}. It takes {string.Join(", ", spec.Options.Select(o => "--" + o))}.",
                    spec.Usage);
            if (options.ContainsKey(name))
                throw new CommandParseException($"--{name} was given twice; give it once.", spec.Usage);
            var greedy = name.Equals(CommandSpecs.Reason, StringComparison.OrdinalIgnoreCase);
            var value = inline is null ? TakeValue(tokens, ref i, greedy)
                : greedy ? string.Join(' ', new[] { inline, TakeValue(tokens, ref i, greedy) }.Where(w => !string.IsNullOrWhiteSpace(w)))
                : inline;
            if (string.IsNullOrWhiteSpace(value))
                throw new CommandParseException($"--{name} needs a value.", spec.Usage);
            options[name.ToLowerInvariant()] = value.Trim();
        }

        if (spec.FreeText && arguments.Count > 0) arguments = [string.Join(' ', arguments.Select(Requote))];
        if (arguments.Count < spec.MinArguments)
            throw new CommandParseException(MissingArgument(spec), spec.Usage);
        if (arguments.Count > spec.MaxArguments)
            throw new CommandParseException(
                $"`{spec.Name}` got more than it expects: \"{InputLimits.Shown(string.Join(' ', arguments.Skip(spec.MaxArguments)))}\". Put text with spaces in quotes.",
                spec.Usage);
        var missing = spec.RequiredOptions.FirstOrDefault(o => !options.ContainsKey(o));
        if (missing is not null)
            throw new CommandParseException($"`{spec.Name}` needs --{missing}.", spec.Usage);
        return new ParsedCommand(spec, arguments, options);
    }

    /// <summary>
    /// True for <c>--name</c>, <c>--name=value</c> and the em-dash forms chat apps make of them. A nameless
    /// <c>--</c> or <c>--=x</c> is an option too (with an empty name, which the caller rejects); a lone em dash is
    /// punctuation, as in "need it — soon".
    /// </summary>
    private static bool IsOption(string token, out string name, out string? inline)
    {
        name = "";
        inline = null;
        var body = token.StartsWith("--", StringComparison.Ordinal) ? token[2..]
            : token.StartsWith('—') && token.Length > 1 ? token[1..] // chat apps turn "--" into an em dash
            : null;
        if (body is null) return false;
        var eq = body.IndexOf('=');
        if ((eq < 0 ? body : body[..eq]).Any(char.IsWhiteSpace)) return false; // a quoted "-- like this" is text
        name = eq < 0 ? body : body[..eq];
        inline = eq < 0 ? null : body[(eq + 1)..];
        return true;
    }

    /// <summary>Free text (a reason) runs to the next option, so unquoted sentences work too.</summary>
    private static string? TakeValue(List<string> tokens, ref int i, bool greedy)
    {
        var words = new List<string>();
        while (i + 1 < tokens.Count && !IsOption(tokens[i + 1], out _, out _))
        {
            var word = tokens[++i];
            if (!string.IsNullOrWhiteSpace(word)) words.Add(word);
            if (!greedy) break;
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static string Requote(string word) => word.Any(char.IsWhiteSpace) ? $"\"{word}\"" : word;

    private static string MissingArgument(CommandSpec spec) => spec.Name switch
    {
        "search" => "What should I search for? Give a word, like `/odp search churn`.",
        "show" or "request" => $"Which dataset? Name it as catalog.schema.table, like `/odp {spec.Name} lake.sales.orders`.",
        _ => $"Which ticket? Give its id, like `/odp {spec.Name} ODP-1`.",
    };

    private static CommandParseException Unknown(string word)
    {
        var closest = CommandSpecs.All
            .Select(c => (c.Name, Distance: EditDistance.Within(word.ToLowerInvariant(), c.Name, 2)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        var hint = closest is null ? "" : $" Did you mean `{closest}`?";
        return new CommandParseException($"I don't know the command \"{InputLimits.Shown(word)}\".{hint} `/odp help` lists them all.", null);
    }
}
