using System.Globalization;
using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Lays out the rendered blocks within Slack's 50-block limit. Body blocks are kept from the start; when they do
/// not all fit, the rest is dropped and a <c>context</c> block "…and N more not shown" (N dropped blocks) follows
/// them. The card-level actions (e.g. "More" for the next page) always stay last. One <c>input</c> block per
/// input name is placed before the first actions block that needs it.
/// </summary>
internal static class SlackBlockBudget
{
    public static JsonArray Fit(IReadOnlyList<SlackSegment> body, IReadOnlyList<SlackSegment> tail)
    {
        var keep = Math.Min(body.Count, SlackBlocks.MaxBlocks);
        var tailSkip = 0;
        while (Size(body.Take(keep).Concat(tail.Skip(tailSkip)).ToList(), body.Count - keep + tailSkip) > SlackBlocks.MaxBlocks)
        {
            if (keep > 0)
            {
                keep--;
            }
            else
            {
                tailSkip++;
            }
        }

        var kept = body.Take(keep).ToList();
        var keptTail = tail.Skip(tailSkip).ToList();
        var dropped = body.Count - keep + tailSkip;
        var titles = InputTitles(kept.Concat(keptTail));
        var blocks = new JsonArray();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in kept)
        {
            Add(blocks, segment, titles, placed);
        }

        if (dropped > 0)
        {
            blocks.Add(SlackBlocks.Context($"…and {dropped.ToString(CultureInfo.InvariantCulture)} more not shown"));
        }

        foreach (var segment in keptTail)
        {
            Add(blocks, segment, titles, placed);
        }

        return blocks;
    }

    private static int Size(List<SlackSegment> segments, int dropped) =>
        segments.Count
        + segments.SelectMany(s => s.Inputs).Select(i => i.Input).Distinct(StringComparer.Ordinal).Count()
        + (dropped > 0 ? 1 : 0);

    private static void Add(JsonArray blocks, SlackSegment segment, Dictionary<string, List<string>> titles, HashSet<string> placed)
    {
        foreach (var need in segment.Inputs.Where(need => placed.Add(need.Input)))
        {
            blocks.Add(SlackBlocks.Input(need.Input, Label(need.Input, titles[need.Input])));
        }

        blocks.Add(segment.Block);
    }

    /// <summary>The distinct titles of the buttons needing each input, in order, e.g. reason → [Deny].</summary>
    private static Dictionary<string, List<string>> InputTitles(IEnumerable<SlackSegment> segments)
    {
        var titles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var need in segments.SelectMany(s => s.Inputs))
        {
            if (!titles.TryGetValue(need.Input, out var list))
            {
                titles[need.Input] = list = [];
            }

            if (!list.Contains(need.ButtonTitle, StringComparer.Ordinal))
            {
                list.Add(need.ButtonTitle);
            }
        }

        return titles;
    }

    /// <summary>E.g. "Reason (needed to deny)" or "Reason (needed to deny or revoke)".</summary>
    private static string Label(string input, List<string> buttonTitles)
    {
        var name = char.ToUpperInvariant(input[0]) + input[1..].Replace('_', ' ').Replace('-', ' ');
        var uses = string.Join(" or ", buttonTitles.Select(t => t.ToLowerInvariant()));
        return $"{name} (needed to {uses})";
    }
}
