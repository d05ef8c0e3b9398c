using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Engine.Integrations.GitLab;

/// <summary>Checks <see cref="GitLabOptions"/> at start; every failure names its setting.</summary>
public sealed class GitLabOptionsValidator : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        const string s = GitLabOptions.Section;
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            failures.Add($"{s}:Url must be an http(s) URL like https://gitlab.example.com.");
        if (string.IsNullOrWhiteSpace(options.Token))
            failures.Add($"{s}:Token is not set; give an access token with the api scope.");
        if (string.IsNullOrWhiteSpace(options.Project))
            failures.Add($"{s}:Project is not set; give the project's id or path (group/project).");
        if (string.IsNullOrWhiteSpace(options.Branch))
            failures.Add($"{s}:Branch is not set.");
        if (string.IsNullOrWhiteSpace(options.TargetBranch))
            failures.Add($"{s}:TargetBranch is not set.");
        if (!DurationText.TryParse(options.PipelineTimeout, out var timeout) || timeout <= TimeSpan.Zero)
            failures.Add($"{s}:PipelineTimeout must be a duration like 30m.");
        if (!DurationText.TryParse(options.PollInterval, out var poll) || poll <= TimeSpan.Zero)
            failures.Add($"{s}:PollInterval must be a duration like 10s.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
