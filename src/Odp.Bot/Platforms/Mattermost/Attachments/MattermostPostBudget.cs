using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// Shrinks the attachments until the post (message + attachments JSON) is at most
/// <see cref="MattermostAttachmentRenderer.MaxPostChars"/>: first fields are dropped from the end (noted "…and N more
/// fields not shown"), then the longest texts are cut with "…", then whole attachments before the last are dropped
/// ("…and N more not shown"), and as a last resort buttons of the last attachment.
/// </summary>
internal static class MattermostPostBudget
{
    private const int MinText = 100;

    public static void Fit(List<MattermostAttachment> attachments, Func<int> size)
    {
        for (var excess = size() - MattermostAttachmentRenderer.MaxPostChars; excess > 0; excess = size() - MattermostAttachmentRenderer.MaxPostChars)
        {
            if (!DropFields(attachments, excess) && !CutText(attachments, excess) && !DropAttachments(attachments, excess)
                && !DropButton(attachments))
            {
                throw new InvalidOperationException("The Mattermost post cannot be made small enough.");
            }
        }
    }

    /// <summary>The length of <paramref name="json"/> as a string (<see cref="JsonNode.ToJsonString"/>), without making the string.</summary>
    public static int Chars(JsonNode json) =>
        CardJson.Write(false, json, static (writer, node) => node.WriteTo(writer), static utf8 => Encoding.UTF8.GetCharCount(utf8));

    private static bool DropFields(List<MattermostAttachment> attachments, int excess)
    {
        var removed = 0;
        for (var i = attachments.Count - 1; i >= 0 && removed < excess; i--)
        {
            var fields = attachments[i].Fields;
            while (fields.Count > 0 && removed < excess)
            {
                removed += Chars(MattermostAttachment.Field(fields[^1])) + 1;
                fields.RemoveAt(fields.Count - 1);
                attachments[i].DroppedFields++;
            }
        }

        return removed > 0;
    }

    private static bool CutText(List<MattermostAttachment> attachments, int excess)
    {
        var longest = attachments.Select(a => (Attachment: a, Length: a.Body().Length)).MaxBy(x => x.Length);
        if (longest.Attachment is null || longest.Length <= MinText)
        {
            return false;
        }

        longest.Attachment.TextLimit = Math.Max(MinText, longest.Length - excess - 10);
        return true;
    }

    private static bool DropAttachments(List<MattermostAttachment> attachments, int excess)
    {
        if (attachments.Count < 2)
        {
            return false;
        }

        var dropped = 0;
        var removed = 0;
        while (attachments.Count > 1 && removed < excess)
        {
            var victim = attachments[^2];
            removed += victim.Text().Length + victim.Fields.Count * 50 + victim.Buttons.Count * 300 + 50;
            dropped += 1 + victim.DroppedAfter;
            attachments.RemoveAt(attachments.Count - 2);
        }

        var holder = attachments.Count > 1 ? attachments[^2] : attachments[^1];
        holder.DroppedAfter += dropped;
        return true;
    }

    private static bool DropButton(List<MattermostAttachment> attachments)
    {
        var last = attachments.LastOrDefault(a => a.Buttons.Count > 0);
        if (last is null)
        {
            return false;
        }

        last.Actions.Remove(last.Buttons[^1]);
        last.DroppedAfter++;
        return true;
    }
}
