using Odp.Engine.Directory;

namespace Odp.Bot.Conversation.Identity;

/// <summary>
/// Who a platform user is in the directory. <see cref="User"/> is null when there is no match; then
/// <see cref="Problem"/> says, for the person, what to ask an admin.
/// </summary>
public sealed record IdentityMatch(DirectoryUser? User, string? Problem);
