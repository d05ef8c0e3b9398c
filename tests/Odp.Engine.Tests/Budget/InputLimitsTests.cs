using Odp.Engine.Budget;

namespace Odp.Engine.Tests.Budget;

public sealed class InputLimitsTests
{
    [Fact]
    public void Shown_CutWouldSplitASurrogatePair_CutsBeforeIt()
    {
        var text = new string('a', InputLimits.Echo - 1) + "𝔘𝔫𝔦𝔠𝔬𝔡𝔢";

        var shown = InputLimits.Shown(text);

        Assert.Equal(new string('a', InputLimits.Echo - 1) + "…", shown);
        Assert.True(shown.EnumerateRunes().All(r => r != System.Text.Rune.ReplacementChar));
    }

    [Fact]
    public void Shown_LongPlainText_FirstEchoCharactersAndAnEllipsis()
    {
        Assert.Equal(new string('x', InputLimits.Echo) + "…", InputLimits.Shown(new string('x', 1_000)));
        Assert.Equal("short", InputLimits.Shown("short"));
    }
}
