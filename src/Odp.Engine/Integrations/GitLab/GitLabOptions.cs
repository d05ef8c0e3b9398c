using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.GitLab;

/// <summary>
/// The GitLab project that holds workspace folders in <c>gitops</c> mode (<c>Odp:Workspaces:Mode = gitops</c>).
/// </summary>
[Setting("The GitLab project that `gitops` mode (`Odp:Workspaces:Mode=gitops`) commits workspace folders to.")]
public sealed class GitLabOptions
{
    public const string Section = "Odp:GitLab";

    [Setting("GitLab's base URL, e.g. `https://gitlab.example.com` (the API is `<Url>/api/v4/`).")]
    public string Url { get; set; } = "";

    [Setting("An access token with the `api` scope, sent as `PRIVATE-TOKEN`.", Secret = true)]
    public string Token { get; set; } = "";

    [Setting("The project's numeric id or its path (`group/subgroup/project`); see `deploy/gitlab/.gitlab-ci.yml` for its pipeline.")]
    public string Project { get; set; } = "";

    [Setting("The branch workspace folders are committed to; created from `TargetBranch` when missing.")]
    public string Branch { get; set; } = "odp-workspaces";

    [Setting("The branch `Branch` starts from and merge requests target.")]
    public string TargetBranch { get; set; } = "main";

    [Setting("Workspace changes are applied by merging: the pipeline step opens (or reuses) a merge request from `Branch` to "
        + "`TargetBranch`, waits for it to be merged (the progress card says \"waiting for merge of !N\" with its link), then "
        + "follows the target branch's pipeline. A merge request closed without merging fails the ticket; `/odp retry` opens a new one.")]
    public bool MergeRequest { get; set; }

    [Setting("How long the pipeline step follows a pipeline before giving up; run again after a failed pipeline, the step "
        + "retries its failed jobs.")]
    [Duration]
    public string PipelineTimeout { get; set; } = "30m";

    [Setting("How often the pipeline step asks for the pipeline's status.")]
    [Duration]
    public string PollInterval { get; set; } = "10s";
}
