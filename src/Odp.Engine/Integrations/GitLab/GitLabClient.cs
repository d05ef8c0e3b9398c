using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.GitLab;

/// <summary>
/// A thin GitLab REST v4 client over a typed <see cref="HttpClient"/> whose base address is
/// <c>&lt;<see cref="GitLabOptions.Url"/>&gt;/api/v4/</c>, scoped to <see cref="GitLabOptions.Project"/>. The token goes
/// in <c>PRIVATE-TOKEN</c> and is never logged. Failures throw <see cref="GitLabException"/>; see
/// <c>SendAsync</c> for what is retried.
/// </summary>
public sealed partial class GitLabClient(HttpClient http, IOptions<GitLabOptions> options, ILogger<GitLabClient> logger)
{
    private const int PageSize = 100;

    /// <summary><c>&lt;Url&gt;/api/v4/</c>.</summary>
    public static Uri BaseAddressOf(GitLabOptions options) => new(options.Url.TrimEnd('/') + "/api/v4/", UriKind.Absolute);

    /// <summary>The sha at the tip of <paramref name="branch"/>, or <c>null</c> when there is no such branch.</summary>
    public async Task<string?> GetBranchHeadAsync(string branch, CancellationToken cancellationToken)
    {
        var answer = await FindAsync("get-branch", "repository/branches/" + Segment(branch), cancellationToken).ConfigureAwait(false);
        return answer?.GetProperty("commit").GetProperty("id").GetString();
    }

    /// <summary>Paths of the files (blobs) under <paramref name="folder"/> at <paramref name="gitRef"/>; none when either is missing.</summary>
    public async Task<IReadOnlyList<string>> ListFilesAsync(string folder, string gitRef, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        for (var page = 1; ; page++)
        {
            var path = $"repository/tree?path={Query(folder)}&ref={Query(gitRef)}&recursive=true&per_page={PageSize}&page={page}";
            var answer = await FindAsync("list-tree", path, cancellationToken).ConfigureAwait(false);
            if (answer is not { ValueKind: JsonValueKind.Array } items) return files;
            var count = 0;
            foreach (var item in items.EnumerateArray())
            {
                count++;
                if (item.GetProperty("type").GetString() == "blob") files.Add(item.GetProperty("path").GetString() ?? "");
            }
            if (count < PageSize) return files;
        }
    }

    /// <summary>The text of <paramref name="filePath"/> at <paramref name="gitRef"/>, or <c>null</c> when it does not exist.</summary>
    public async Task<string?> GetFileAsync(string filePath, string gitRef, CancellationToken cancellationToken)
    {
        var answer = await FindAsync("get-file", $"repository/files/{Segment(filePath)}?ref={Query(gitRef)}", cancellationToken).ConfigureAwait(false);
        if (answer is not { } file) return null;
        var content = file.GetProperty("content").GetString() ?? "";
        return file.TryGetProperty("encoding", out var e) && e.GetString() == "base64"
            ? Encoding.UTF8.GetString(Convert.FromBase64String(content))
            : content;
    }

    /// <summary>Creates one commit. Never resent on a transient failure: the caller checks whether it landed.</summary>
    public async Task<GitLabCommit> CreateCommitAsync(GitLabCommitRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("create-commit", HttpMethod.Post, "repository/commits", GitLabJson.Commit(request), idempotent: false, cancellationToken)
            .ConfigureAwait(false);
        return GitLabJson.Commit(Required("create-commit", answer));
    }

    public async Task<GitLabCommit> GetCommitAsync(string sha, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("get-commit", HttpMethod.Get, "repository/commits/" + Segment(sha), null, idempotent: true, cancellationToken)
            .ConfigureAwait(false);
        return GitLabJson.Commit(Required("get-commit", answer));
    }

    /// <summary>The newest commit on <paramref name="gitRef"/> that touched <paramref name="path"/>, if any.</summary>
    public async Task<GitLabCommit?> GetLastCommitAsync(string gitRef, string path, CancellationToken cancellationToken)
    {
        var answer = await FindAsync("list-commits", $"repository/commits?ref_name={Query(gitRef)}&path={Query(path)}&per_page=1", cancellationToken)
            .ConfigureAwait(false);
        return answer is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? GitLabJson.Commit(list[0]) : null;
    }

    /// <summary>
    /// Whether branch <paramref name="branch"/> contains commit <paramref name="sha"/> (GitLab's references of a commit,
    /// <c>repository/commits/:sha/refs?type=branch</c>); false for an unknown commit.
    /// </summary>
    public async Task<bool> BranchContainsAsync(string branch, string sha, CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var path = $"repository/commits/{Segment(sha)}/refs?type=branch&per_page={PageSize}&page={page}";
            var answer = await FindAsync("list-commit-refs", path, cancellationToken).ConfigureAwait(false);
            if (answer is not { ValueKind: JsonValueKind.Array } refs) return false;
            if (refs.EnumerateArray().Any(r => r.TryGetProperty("name", out var n) && n.GetString() == branch)) return true;
            if (refs.GetArrayLength() < PageSize) return false;
        }
    }

    /// <summary>The newest pipeline for <paramref name="sha"/>, only those on <paramref name="gitRef"/> when given; null when none.</summary>
    public async Task<GitLabPipeline?> FindPipelineAsync(string sha, string? gitRef, CancellationToken cancellationToken)
    {
        var onRef = gitRef is null ? "" : "&ref=" + Query(gitRef);
        var answer = await SendAsync("list-pipelines", HttpMethod.Get, $"pipelines?sha={Query(sha)}{onRef}&order_by=id&sort=desc&per_page=1", null, idempotent: true, cancellationToken)
            .ConfigureAwait(false);
        return answer is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? GitLabJson.Pipeline(list[0]) : null;
    }

    public async Task<GitLabPipeline> GetPipelineAsync(long id, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("get-pipeline", HttpMethod.Get, "pipelines/" + id, null, idempotent: true, cancellationToken).ConfigureAwait(false);
        return GitLabJson.Pipeline(Required("get-pipeline", answer));
    }

    /// <summary>
    /// Runs the failed or canceled jobs of pipeline <paramref name="id"/> again and returns it. GitLab documents that
    /// without such jobs the call has no effect, so it is resent like a read on a transient failure.
    /// </summary>
    public async Task<GitLabPipeline> RetryPipelineAsync(long id, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("retry-pipeline", HttpMethod.Post, $"pipelines/{id}/retry", null, idempotent: true, cancellationToken).ConfigureAwait(false);
        return GitLabJson.Pipeline(Required("retry-pipeline", answer));
    }

    /// <summary>Starts a pipeline on the tip of <paramref name="gitRef"/>. Never resent on a transient failure.</summary>
    public async Task<GitLabPipeline> CreatePipelineAsync(string gitRef, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("create-pipeline", HttpMethod.Post, "pipeline?ref=" + Query(gitRef), null, idempotent: false, cancellationToken)
            .ConfigureAwait(false);
        return GitLabJson.Pipeline(Required("create-pipeline", answer));
    }

    /// <summary>The open merge request from <paramref name="sourceBranch"/>, if any.</summary>
    public async Task<GitLabMergeRequest?> FindOpenMergeRequestAsync(string sourceBranch, CancellationToken cancellationToken)
    {
        var answer = await SendAsync("list-merge-requests", HttpMethod.Get, $"merge_requests?source_branch={Query(sourceBranch)}&state=opened", null, idempotent: true, cancellationToken)
            .ConfigureAwait(false);
        return answer is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? GitLabJson.MergeRequest(list[0]) : null;
    }

    /// <summary>Merge request <c>!<paramref name="iid"/></c> as it is now, or <c>null</c> when there is none (deleted).</summary>
    public async Task<GitLabMergeRequest?> GetMergeRequestAsync(long iid, CancellationToken cancellationToken)
    {
        var answer = await FindAsync("get-merge-request", "merge_requests/" + iid, cancellationToken).ConfigureAwait(false);
        return answer is { } mr ? GitLabJson.MergeRequest(mr) : null;
    }

    /// <summary>Opens a merge request; when GitLab answers 409 (one is already open) returns that one.</summary>
    public async Task<GitLabMergeRequest> CreateMergeRequestAsync(string sourceBranch, string targetBranch, string title, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["source_branch"] = sourceBranch, ["target_branch"] = targetBranch, ["title"] = title };
        try
        {
            var answer = await SendAsync("create-merge-request", HttpMethod.Post, "merge_requests", body, idempotent: false, cancellationToken).ConfigureAwait(false);
            return GitLabJson.MergeRequest(Required("create-merge-request", answer));
        }
        catch (GitLabException e) when (e.Status == 409)
        {
            var open = await FindOpenMergeRequestAsync(sourceBranch, cancellationToken).ConfigureAwait(false);
            if (open is null) throw;
            return open;
        }
    }

    /// <summary>An idempotent GET whose 404 means "none".</summary>
    private async Task<JsonElement?> FindAsync(string operation, string path, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await SendAsync(operation, HttpMethod.Get, path, null, idempotent: true, cancellationToken).ConfigureAwait(false);
            return answer;
        }
        catch (GitLabException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static JsonElement Required(string operation, JsonElement? answer) =>
        answer ?? throw new GitLabException(operation, 200, "the answer has no body");

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static string Query(string value) => Uri.EscapeDataString(value);
}
