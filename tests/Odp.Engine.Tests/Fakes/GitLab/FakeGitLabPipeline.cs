namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>A pipeline in the fake: it moves one step along its script on every GET of it.</summary>
internal sealed class FakeGitLabPipeline(long id, string sha, string gitRef, IReadOnlyList<string> script)
{
    private IReadOnlyList<string> script = script;
    private int step;

    public long Id { get; } = id;
    public string Sha { get; } = sha;
    public string Ref { get; } = gitRef;
    public string Status => script[step];
    public string WebUrl => $"https://gitlab.example.com/odp/infra/-/pipelines/{Id}";

    /// <summary>A retry: the same pipeline runs its failed jobs again, along <paramref name="next"/>.</summary>
    public void Restart(IReadOnlyList<string> next) => (script, step) = (next, 0);

    public void Advance()
    {
        if (step < script.Count - 1) step++;
    }
}
