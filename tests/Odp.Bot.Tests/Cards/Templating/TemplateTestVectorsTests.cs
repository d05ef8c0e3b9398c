using Odp.Bot.Tests.Fakes;
using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards.Templating;

/// <summary>The official Adaptive Cards templating SDK vectors (copied from /work/shared/reference/fixtures).</summary>
public sealed class TemplateTestVectorsTests
{
    private static readonly JsonArray Vectors = LoadVectors();

    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var vector in Vectors)
        {
            data.Add(vector!["test"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Expand_OfficialVector_MatchesExpected(string test)
    {
        var vector = Vectors.Single(v => v!["test"]!.GetValue<string>() == test)!;
        var template = new CardTemplate(test, vector["template"]!);

        var actual = template.Expand(vector["root_data"]?.DeepClone());

        Assert.True(
            JsonNode.DeepEquals(vector["expected"], actual),
            $"expected {vector["expected"]!.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }

    private static JsonArray LoadVectors()
    {
        var path = Path.Combine(SourceTree.CardsTests, "Templating", "adaptivecards-templating-test-vectors.json");
        return JsonNode.Parse(File.ReadAllText(path))!["vectors"]!.AsArray();
    }
}
