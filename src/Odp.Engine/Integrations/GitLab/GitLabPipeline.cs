namespace Odp.Engine.Integrations.GitLab;

/// <summary>A pipeline as GitLab reports it. Terminal statuses: <c>success</c>, <c>failed</c>, <c>canceled</c>, <c>skipped</c>.</summary>
public sealed record GitLabPipeline(long Id, string Sha, string Ref, string Status, string? WebUrl)
{
    public const string Success = "success";

    /// <summary>True once the pipeline will not change by itself; unknown statuses are not terminal.</summary>
    public bool IsFinished => Status is Success or "failed" or "canceled" or "skipped";
}
