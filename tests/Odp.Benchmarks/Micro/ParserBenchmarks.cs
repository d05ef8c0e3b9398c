using BenchmarkDotNet.Attributes;
using Odp.Bot.Conversation.Commands;

namespace Odp.Benchmarks.Micro;

/// <summary>Parsing what users type. Unsealed: BenchmarkDotNet derives from it.</summary>
public class ParserBenchmarks
{
    [Params("search churn", "request lake.marketing.customer_churn --reason \"quarterly churn review\" --for 30d")]
    public string Text { get; set; } = "";

    [Benchmark]
    public ParsedCommand Parse() => CommandParser.Parse(Text);
}
