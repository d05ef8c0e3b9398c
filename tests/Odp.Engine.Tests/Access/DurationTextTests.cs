using Odp.Engine.Access;

namespace Odp.Engine.Tests.Access;

public sealed class DurationTextTests
{
    public static TheoryData<string, TimeSpan> Valid => new()
    {
        { "30s", TimeSpan.FromSeconds(30) },
        { "90m", TimeSpan.FromMinutes(90) },
        { "12h", TimeSpan.FromHours(12) },
        { "30d", TimeSpan.FromDays(30) },
        { "2w", TimeSpan.FromDays(14) },
        { "1d", TimeSpan.FromDays(1) },
        { "30D", TimeSpan.FromDays(30) },
        { "2W", TimeSpan.FromDays(14) },
        { " 30d ", TimeSpan.FromDays(30) },
        { "30 d", TimeSpan.FromDays(30) },
        { "007d", TimeSpan.FromDays(7) },
        { "9999d", TimeSpan.FromDays(9999) },
        { "9999w", TimeSpan.FromDays(7 * 9999) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_ValidText_ReturnsDuration(string text, TimeSpan expected)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(expected, duration);
        Assert.Equal(expected, DurationText.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("0d")]
    [InlineData("0000h")]
    [InlineData("-1d")]
    [InlineData("+1d")]
    [InlineData("30")]
    [InlineData("d")]
    [InlineData("30x")]
    [InlineData("30dd")]
    [InlineData("1.5d")]
    [InlineData("3 0d")]
    [InlineData("99999d")]
    [InlineData("30 days")]
    [InlineData("d30")]
    public void TryParse_BadText_ReturnsFalseAndZero(string? text)
    {
        Assert.False(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Theory]
    [InlineData("0d")]
    [InlineData("30x")]
    [InlineData("")]
    public void Parse_BadText_ThrowsFormatExceptionNamingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => DurationText.Parse(text));

        Assert.Contains($"'{text}'", error.Message);
    }

    [Theory]
    [InlineData("30s", "30s")]
    [InlineData("60s", "1m")]
    [InlineData("90s", "90s")]
    [InlineData("90m", "90m")]
    [InlineData("60m", "1h")]
    [InlineData("12h", "12h")]
    [InlineData("24h", "1d")]
    [InlineData("36h", "36h")]
    [InlineData("30d", "30d")]
    [InlineData("7d", "7d")]
    [InlineData("14d", "14d")]
    [InlineData("2w", "14d")]
    [InlineData("90d", "90d")]
    [InlineData("210d", "210d")]
    [InlineData("1440m", "1d")]
    public void Format_ParsedText_GivesCanonicalText(string text, string expected)
    {
        Assert.Equal(expected, DurationText.Format(DurationText.Parse(text)));
    }

    /// <summary>
    /// Up to 9999 days. Beyond that, Format gives five-digit day counts (9999w is "69993d") that Parse refuses;
    /// Format is only used for display, and MaxDuration keeps real durations far below this.
    /// </summary>
    [Fact]
    public void Format_EveryParseableInputUpTo9999Days_ParsesBackToTheSameDuration()
    {
        foreach (var unit in "smhdw")
        {
            for (var n = 1; n <= 9999; n++)
            {
                var duration = DurationText.Parse($"{n}{unit}");
                if (duration > TimeSpan.FromDays(9999)) break;
                var text = DurationText.Format(duration);

                Assert.True(DurationText.TryParse(text, out var back), $"{n}{unit} formatted as unparseable '{text}'.");
                Assert.Equal(duration, back);
            }
        }
    }
}
