using Odp.Engine.Settings;

namespace Odp.Engine.Notifications;

/// <summary>Where operators hear about repairs: <c>Odp:Ops:Conversation</c>, a team (group) id. Empty means nowhere.</summary>
public sealed class OpsOptions
{
    public const string Section = "Odp:Ops";

    [Setting("The team (directory group id) whose channel hears about drift repairs. Unset: nobody is told.")]
    public string Conversation { get; set; } = "";
}
