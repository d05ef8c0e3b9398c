using System.Text.RegularExpressions;
using Odp.Engine.Budget;
using Odp.Engine.Errors;

namespace Odp.Engine.Tickets;

/// <summary>Ticket ids look like <c>ODP-42</c>. Users may type them in any case.</summary>
public static partial class TicketIds
{
    public const string Prefix = "ODP-";

    public static string Format(long number) => Prefix + number;

    public static bool TryNormalize(string? text, out string id)
    {
        id = "";
        var m = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!m.Success) return false;
        id = Format(long.Parse(m.Groups[1].Value));
        return true;
    }

    /// <summary>The id as stored (<c>ODP-12</c>), or a kind refusal of text that is not a ticket id.</summary>
    public static string Require(string? text)
    {
        InputLimits.Name(text, "A ticket id");
        return TryNormalize(text, out var id)
            ? id
            : throw new InvalidRequestException($"'{text}' is not a ticket id. Ticket ids look like ODP-12.");
    }

    public static long Number(string id) =>
        TryNormalize(id, out var normal) ? long.Parse(normal[Prefix.Length..]) : throw new FormatException($"'{id}' is not a ticket id like ODP-1.");

    [GeneratedRegex(@"^ODP-0*([1-9][0-9]{0,17})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
