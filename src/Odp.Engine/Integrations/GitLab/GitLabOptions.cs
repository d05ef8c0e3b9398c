namespace Odp.Engine.Integrations.GitLab;

/// <summary>
/// The GitLab project that holds workspace folders in <c>gitops</c> mode (<c>Odp:Workspaces:Mode = gitops</c>).
/// </summary>
public sealed class GitLabOptions
{
    public const string Section = "Odp:GitLab";

    /// <summary>GitLab's base URL, e.g. <c>https://gitlab.example.com</c>; the client calls <c>&lt;Url&gt;/api/v4/</c>.</summary>
    public string Url { get; set; } = "";

    /// <summary>An access token with the <c>api</c> scope, sent as <c>PRIVATE-TOKEN</c>. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The project's numeric id or its path (<c>group/subgroup/project</c>); URL-encoded on every call.</summary>
    public string Project { get; set; } = "";

    /// <summary>The branch ODP commits workspace folders to; created from <see cref="TargetBranch"/> when missing.</summary>
    public string Branch { get; set; } = "odp-workspaces";

    /// <summary>The branch <see cref="Branch"/> starts from and merge requests target.</summary>
    public string TargetBranch { get; set; } = "main";

    /// <summary>
    /// Workspace changes are applied by merging: the pipeline step opens (or reuses) a merge request from
    /// <see cref="Branch"/> to <see cref="TargetBranch"/>, waits for it to be merged, then follows the target branch's
    /// pipeline. A merge request closed without merging fails the ticket; <c>/odp retry</c> opens a new one.
    /// </summary>
    public bool MergeRequest { get; set; }

    /// <summary>How long the pipeline step follows a pipeline before giving up (a duration like <c>30m</c>).</summary>
    public string PipelineTimeout { get; set; } = "30m";

    /// <summary>How often the pipeline step asks for the pipeline's status (a duration like <c>10s</c>).</summary>
    public string PollInterval { get; set; } = "10s";
}
