namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// The instructions of <c>deploy/docker/Dockerfile</c>, stage by stage: enough to replay its build stage without a
/// container engine (<see cref="DockerBuildStage"/>). Continuation lines are joined; comments dropped.
/// </summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<IReadOnlyList<(string Keyword, string Arguments)>> stages) => Stages = stages;

    public static string PathInRepo => System.IO.Path.Combine("deploy", "docker", "Dockerfile");

    /// <summary>Each stage's instructions, from its <c>FROM</c> on; keywords upper-case.</summary>
    public IReadOnlyList<IReadOnlyList<(string Keyword, string Arguments)>> Stages { get; }

    public static Dockerfile Parse(string text)
    {
        var stages = new List<List<(string, string)>>();
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#'))) continue;
            if (line.StartsWith('#')) continue; // a comment inside a continued instruction
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var instruction = (pending + line).Trim();
            pending = "";
            var space = instruction.IndexOf(' ');
            var keyword = (space < 0 ? instruction : instruction[..space]).ToUpperInvariant();
            var arguments = space < 0 ? "" : instruction[(space + 1)..].Trim();
            if (keyword == "FROM") stages.Add([]);
            if (stages.Count == 0) throw new InvalidOperationException($"'{instruction}' comes before any FROM.");
            stages[^1].Add((keyword, arguments));
        }
        return new Dockerfile(stages);
    }
}
