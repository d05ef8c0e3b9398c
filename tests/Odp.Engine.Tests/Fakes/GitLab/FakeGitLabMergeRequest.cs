using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>A merge request in the fake: <c>opened</c>, then <c>merged</c> (with its merge commit) or <c>closed</c>.</summary>
internal sealed class FakeGitLabMergeRequest(long iid, string source, string target)
{
    public long Iid { get; } = iid;
    public string Source { get; } = source;
    public string Target { get; } = target;
    public string State { get; set; } = "opened";
    public string? MergeCommitSha { get; set; }

    public JsonObject Json(string? sourceHead) => new()
    {
        ["id"] = 1000 + Iid,
        ["iid"] = Iid,
        ["title"] = "OpenDataPlane workspaces",
        ["source_branch"] = Source,
        ["target_branch"] = Target,
        ["state"] = State,
        ["sha"] = sourceHead,
        ["merge_commit_sha"] = MergeCommitSha,
        ["squash_commit_sha"] = null,
        ["web_url"] = $"https://gitlab.example.com/{FakeGitLab.Project}/-/merge_requests/{Iid}",
    };
}
