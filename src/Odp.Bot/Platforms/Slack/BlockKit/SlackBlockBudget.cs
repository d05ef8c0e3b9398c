using System.Globalization;
using System.Text.Json;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Lays out the rendered blocks within Slack's 50-block limit and writes them. Body blocks are kept from the start;
/// when they do not all fit, the rest is dropped and a <c>context</c> block "…and N more not shown" (N dropped
/// blocks) follows them. The card-level actions (e.g. "More" for the next page) always stay last. One <c>input</c>
/// block per input name is placed before the first actions block that needs it.
/// </summary>
internal static class SlackBlockBudget
{
    public static void Write(Utf8JsonWriter writer, List<SlackSegment> body, List<SlackSegment> tail)
    {
        var keep = Math.Min(body.Count, SlackBlocks.MaxBlocks);
        var tailSkip = 0;
        var inputs = new Inputs(body, keep, tail, tailSkip);
        while (keep + tail.Count - tailSkip + inputs.Count + (body.Count - keep + tailSkip > 0 ? 1 : 0) > SlackBlocks.MaxBlocks)
        {
            if (keep > 0)
            {
                keep--;
            }
            else
            {
                tailSkip++;
            }

            inputs = new Inputs(body, keep, tail, tailSkip);
        }

        var dropped = body.Count - keep + tailSkip;
        writer.WriteStartArray();
        for (var i = 0; i < keep; i++)
        {
            WriteBlock(writer, body[i], inputs);
        }

        if (dropped > 0)
        {
            SlackBlocks.Context(writer, $"…and {dropped.ToString(CultureInfo.InvariantCulture)} more not shown");
        }

        for (var i = tailSkip; i < tail.Count; i++)
        {
            WriteBlock(writer, tail[i], inputs);
        }

        writer.WriteEndArray();
    }

    private static void WriteBlock(Utf8JsonWriter writer, SlackSegment segment, Inputs inputs)
    {
        switch (segment.Kind)
        {
            case SlackBlockKind.Header:
                SlackBlocks.Header(writer, segment.Text!);
                break;
            case SlackBlockKind.Section:
                SlackBlocks.Section(writer, segment.Text!);
                break;
            case SlackBlockKind.Context:
                SlackBlocks.Context(writer, segment.Text!);
                break;
            case SlackBlockKind.Fields:
                SlackBlocks.Fields(writer, segment.Facts!, segment.Start, segment.Count);
                break;
            case SlackBlockKind.Divider:
                SlackBlocks.Divider(writer);
                break;
            default:
                inputs.WriteBefore(writer, segment);
                SlackButtons.WriteActions(writer, segment);
                break;
        }
    }

    /// <summary>
    /// The inputs the kept blocks' buttons need (the first <paramref name="keep"/> of the body, the tail after
    /// <paramref name="tailSkip"/>), each with the distinct titles of its buttons in order (reason → [Deny]).
    /// </summary>
    private sealed class Inputs
    {
        private readonly List<(string Input, List<string> Titles)> _inputs = [];
        private readonly List<string> _placed = [];

        public Inputs(List<SlackSegment> body, int keep, List<SlackSegment> tail, int tailSkip)
        {
            Collect(body, 0, keep);
            Collect(tail, tailSkip, tail.Count);
        }

        public int Count => _inputs.Count;

        private void Collect(List<SlackSegment> segments, int from, int to)
        {
            for (var s = from; s < to; s++)
            {
                for (var b = 0; b < segments[s].Count; b++)
                {
                    if (segments[s].ButtonWithInput(b) is { } button)
                    {
                        Add(button.Input!, SlackButtons.ButtonText(button));
                    }
                }
            }
        }

        /// <summary>The input blocks the segment's buttons need that are not placed yet, in the order of its buttons.</summary>
        public void WriteBefore(Utf8JsonWriter writer, SlackSegment segment)
        {
            for (var b = 0; b < segment.Count; b++)
            {
                if (segment.ButtonWithInput(b) is { Input: { } input } && !_placed.Contains(input))
                {
                    _placed.Add(input);
                    SlackBlocks.Input(writer, input, Label(input, _inputs[IndexOf(input)].Titles));
                }
            }
        }

        private void Add(string input, string title)
        {
            var at = IndexOf(input);
            if (at < 0)
            {
                _inputs.Add((input, [title]));
            }
            else if (!_inputs[at].Titles.Contains(title))
            {
                _inputs[at].Titles.Add(title);
            }
        }

        private int IndexOf(string input)
        {
            for (var i = 0; i < _inputs.Count; i++)
            {
                if (_inputs[i].Input == input)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>E.g. "Reason (needed to deny)" or "Reason (needed to deny or revoke)".</summary>
        private static string Label(string input, List<string> buttonTitles)
        {
            var name = char.ToUpperInvariant(input[0]) + input[1..].Replace('_', ' ').Replace('-', ' ');
            var uses = string.Join(" or ", buttonTitles.Select(t => t.ToLowerInvariant()));
            return $"{name} (needed to {uses})";
        }
    }
}
