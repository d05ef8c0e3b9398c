using System.Text.RegularExpressions;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Tests.Integrations.Trino;

public sealed class TrinoRegexTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("a.b", @"a\.b")]
    [InlineData("x|y", @"x\|y")]
    [InlineData(".*", @"\.\*")]
    [InlineData("sales-eu_2024", "sales-eu_2024")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("(a)[b]{c}^$?+", @"\(a\)\[b\]\{c\}\^\$\?\+")]
    public void Escape_Literal_EscapesJavaMetacharacters(string literal, string expected) =>
        Assert.Equal(expected, TrinoRegex.Escape(literal));

    [Theory]
    [InlineData("a.b", "a.b", true)]
    [InlineData("a.b", "axb", false)]
    [InlineData("x|y", "x", false)]
    [InlineData("x|y", "x|y", true)]
    [InlineData(".*", "anything", false)]
    [InlineData(".*", ".*", true)]
    public void Escape_HostileName_MatchesOnlyItselfAsWholeName(string literal, string candidate, bool expected)
    {
        var pattern = $@"\A(?:{TrinoRegex.Escape(literal)})\z";
        Assert.Equal(expected, Regex.IsMatch(candidate, pattern));
    }
}
