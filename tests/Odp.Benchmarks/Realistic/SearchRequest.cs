namespace Odp.Benchmarks.Realistic;

/// <summary>One search of the stream: the text after <c>/odp</c> (e.g. <c>search customer orders</c>), its category and the user (1…).</summary>
public sealed record SearchRequest(string Text, SearchCategory Category, int User);
