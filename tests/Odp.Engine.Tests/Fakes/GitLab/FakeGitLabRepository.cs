using System.Text;
using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>The fake's Git side: branches, commits (each with its whole tree), and the repository endpoints. Not thread-safe: the server locks.</summary>
internal sealed class FakeGitLabRepository
{
    private readonly Dictionary<string, string> branches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeGitLabCommit> commits = new(StringComparer.Ordinal);

    public FakeGitLabRepository(string defaultBranch)
    {
        var root = Add(null, "Initial commit", new Dictionary<string, string> { [".gitlab-ci.yml"] = "stages: [apply]\n" }, new HashSet<string> { ".gitlab-ci.yml" });
        branches[defaultBranch] = root.Sha;
    }

    public string? Head(string branch) => branches.GetValueOrDefault(branch);

    public FakeGitLabCommit? Commit(string sha) => commits.GetValueOrDefault(sha);

    /// <summary>The files on <paramref name="branch"/>, or none when there is no such branch.</summary>
    public IReadOnlyDictionary<string, string> Files(string branch) =>
        Head(branch) is { } head ? commits[head].Files : new Dictionary<string, string>();

    public (int Status, JsonNode? Body) Branch(string name) => Head(name) is { } head
        ? (200, new JsonObject { ["name"] = name, ["commit"] = new JsonObject { ["id"] = head } })
        : NotFound("Branch");

    public (int Status, JsonNode? Body) Tree(string path, string gitRef, int perPage, int page)
    {
        if (Head(gitRef) is not { } head) return NotFound("Tree");
        var prefix = path.Length == 0 ? "" : path.TrimEnd('/') + "/";
        var blobs = commits[head].Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var folders = blobs.SelectMany(Parents).Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).Distinct();
        var items = folders.Select(f => (Path: f, Type: "tree")).Concat(blobs.Select(b => (Path: b, Type: "blob")))
            .OrderBy(i => i.Path, StringComparer.Ordinal)
            .Skip((page - 1) * perPage).Take(perPage)
            .Select(i => (JsonNode)new JsonObject { ["id"] = "0", ["name"] = i.Path.Split('/')[^1], ["type"] = i.Type, ["path"] = i.Path, ["mode"] = "100644" });
        return (200, new JsonArray([.. items]));
    }

    public (int Status, JsonNode? Body) File(string path, string gitRef)
    {
        if (Head(gitRef) is not { } head || !commits[head].Files.TryGetValue(path, out var content)) return NotFound("File");
        return (200, new JsonObject
        {
            ["file_name"] = path.Split('/')[^1],
            ["file_path"] = path,
            ["ref"] = gitRef,
            ["encoding"] = "base64",
            ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(content)),
            ["last_commit_id"] = head,
        });
    }

    /// <summary><c>POST repository/commits</c>: creates the branch from <c>start_branch</c> when needed; 400 for a bad action.</summary>
    public (int Status, JsonNode? Body, FakeGitLabCommit? Commit) CreateCommit(JsonNode body)
    {
        var branch = (string?)body["branch"];
        var message = (string?)body["commit_message"];
        if (branch is null) return Bad("\"branch\" not given");
        if (message is null) return Bad("\"commit_message\" not given");
        if (body["actions"] is not JsonArray actions) return Bad("\"actions\" not given");
        var baseSha = Head(branch) ?? ((string?)body["start_branch"] is { } start ? Head(start) : null);
        if (baseSha is null) return Bad("You can only create or edit files when you are on a branch");

        var files = new Dictionary<string, string>(commits[baseSha].Files, StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            var path = (string?)action?["file_path"] ?? "";
            var content = (string?)action?["content"];
            var exists = files.ContainsKey(path);
            switch ((string?)action?["action"])
            {
                case "create" when exists: return Bad("A file with this name already exists");
                case "update" or "delete" when !exists: return Bad("A file with this name doesn't exist");
                case "create" or "update" when content is null: return Bad("\"content\" not given");
                case "create" or "update": files[path] = content!; break;
                case "delete": files.Remove(path); break;
                default: return Bad("actions[action] does not have a valid value");
            }
            touched.Add(path);
        }
        var commit = Add(baseSha, message, files, touched);
        branches[branch] = commit.Sha;
        return (201, null, commit);
    }

    /// <summary>
    /// Merges <paramref name="source"/> into <paramref name="target"/> with a merge commit whose tree is the source's
    /// (the fake does not merge diverged trees: tests merge a branch started from the target's head).
    /// </summary>
    public FakeGitLabCommit Merge(string source, string target, string message)
    {
        var (into, from) = (commits[branches[target]], commits[branches[source]]);
        var touched = from.Files.Keys.Concat(into.Files.Keys)
            .Where(p => from.Files.GetValueOrDefault(p) != into.Files.GetValueOrDefault(p))
            .ToHashSet(StringComparer.Ordinal);
        var commit = Add(into.Sha, message, new Dictionary<string, string>(from.Files, StringComparer.Ordinal), touched, from.Sha);
        branches[target] = commit.Sha;
        return commit;
    }

    /// <summary><c>GET repository/commits/:sha/refs?type=branch</c>: the branches whose history holds the commit; 404 for an unknown one.</summary>
    public (int Status, JsonNode? Body) Refs(string sha, string type, int perPage, int page)
    {
        if (!commits.ContainsKey(sha)) return NotFound("Commit");
        var names = type == "tag" ? new List<string>() : branches.Keys.Where(b => Reaches(branches[b], sha)).Order(StringComparer.Ordinal).ToList();
        var items = names.Skip((page - 1) * perPage).Take(perPage).Select(n => (JsonNode)new JsonObject { ["type"] = "branch", ["name"] = n });
        return (200, new JsonArray([.. items]));
    }

    private bool Reaches(string from, string sha)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var next))
        {
            if (next == sha) return true;
            if (seen.Add(next)) foreach (var parent in commits[next].Parents) queue.Enqueue(parent);
        }
        return false;
    }

    /// <summary>The newest commit on <paramref name="gitRef"/> touching <paramref name="path"/>, as a list of at most one.</summary>
    public IReadOnlyList<FakeGitLabCommit> History(string gitRef, string path)
    {
        for (var sha = Head(gitRef); sha is not null; sha = commits[sha].Parent)
        {
            var c = commits[sha];
            if (c.Touched.Any(t => t == path || t.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal))) return [c];
        }
        return [];
    }

    private FakeGitLabCommit Add(string? parent, string message, Dictionary<string, string> files, IReadOnlySet<string> touched, string? merged = null)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes($"{commits.Count}:{parent}:{message}")));
        var commit = new FakeGitLabCommit(sha, parent, message, files, touched, merged);
        commits[sha] = commit;
        return commit;
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var i = path.IndexOf('/'); i > 0; i = path.IndexOf('/', i + 1)) yield return path[..i];
    }

    private static (int, JsonNode?) NotFound(string what) => (404, new JsonObject { ["message"] = $"404 {what} Not Found" });

    private static (int, JsonNode?, FakeGitLabCommit?) Bad(string message) => (400, new JsonObject { ["message"] = message }, null);
}
