namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>A custom slash command as the commands API describes it; <see cref="Token"/> is set by the server.</summary>
public sealed record MattermostCommand(
    string? Id,
    string TeamId,
    string Trigger,
    string Url,
    string Method = "P",
    string DisplayName = "OpenDataPlane",
    string Description = "Search datasets and request or approve access",
    string AutoCompleteHint = "search churn | request <table> --reason \"why\" | pending | help",
    bool AutoComplete = true,
    string? Token = null);
