namespace Odp.Engine.Integrations.GitLab;

/// <summary>A pipeline as GitLab reports it. Terminal statuses: <c>success</c>, <c>failed</c>, <c>canceled</c>, <c>skipped</c>.</summary>
public sealed record GitLabPipeline(long Id, string Sha, string Ref, string Status, string? WebUrl)
{
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Canceled = "canceled";

    /// <summary>True once the pipeline will not change by itself; unknown statuses are not terminal.</summary>
    public bool IsFinished => Status is Success or Failed or Canceled or "skipped";

    /// <summary>True when it has failed or canceled jobs that GitLab can run again (<c>POST pipelines/:id/retry</c>).</summary>
    public bool IsRetryable => Status is Failed or Canceled;
}
