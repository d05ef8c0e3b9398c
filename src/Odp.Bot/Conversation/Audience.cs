namespace Odp.Bot.Conversation;

/// <summary>Who a notification is for: one directory user (a direct message) or a team (the group's channel).</summary>
public abstract record Audience
{
    public sealed record User(string UserId) : Audience;

    public sealed record Team(string GroupId) : Audience;
}
