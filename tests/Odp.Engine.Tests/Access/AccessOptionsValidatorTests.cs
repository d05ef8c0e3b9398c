using Odp.Engine.Access;

namespace Odp.Engine.Tests.Access;

public sealed class AccessOptionsValidatorTests
{
    private readonly AccessOptionsValidator validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = validator.Validate(null, new AccessOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("ReasonMinLength", "1")]
    [InlineData("ReasonMinLength", "500")]
    [InlineData("ReasonMaxLength", "10")]
    [InlineData("ReasonMaxLength", "20000")]
    [InlineData("PendingExpiryDays", "1")]
    [InlineData("PendingExpiryDays", "365")]
    [InlineData("DefaultDuration", "90d")]
    [InlineData("MaxDuration", "13w")]
    [InlineData("SweepInterval", "30s")]
    public void Validate_EdgeButValidSetting_Succeeds(string setting, string value)
    {
        var result = validator.Validate(null, With(setting, value));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("ReasonMinLength", "0")]
    [InlineData("ReasonMinLength", "501")]
    [InlineData("ReasonMinLength", "-5")]
    [InlineData("ReasonMaxLength", "0")]
    [InlineData("ReasonMaxLength", "9")]
    [InlineData("ReasonMaxLength", "20001")]
    [InlineData("PendingExpiryDays", "0")]
    [InlineData("PendingExpiryDays", "366")]
    [InlineData("DefaultDuration", "")]
    [InlineData("DefaultDuration", "30")]
    [InlineData("DefaultDuration", "0d")]
    [InlineData("MaxDuration", "forever")]
    [InlineData("MaxDuration", "99999d")]
    [InlineData("SweepInterval", "1x")]
    [InlineData("SweepInterval", "-1m")]
    public void Validate_BadSetting_FailsNamingTheSetting(string setting, string value)
    {
        var result = validator.Validate(null, With(setting, value));

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"Odp:Access:{setting} ", failure);
        Assert.Contains(value, failure);
    }

    [Fact]
    public void Validate_DefaultLongerThanMax_FailsNamingBoth()
    {
        var result = validator.Validate(null, new AccessOptions { DefaultDuration = "60d", MaxDuration = "4w" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Odp:Access:DefaultDuration", failure);
        Assert.Contains("MaxDuration", failure);
        Assert.Contains("60d", failure);
        Assert.Contains("4w", failure);
    }

    [Fact]
    public void Validate_SeveralBadSettings_ReportsEachOne()
    {
        var options = new AccessOptions { ReasonMinLength = 0, PendingExpiryDays = 0, MaxDuration = "x", SweepInterval = "y" };

        var result = validator.Validate(null, options);

        Assert.Equal(
            ["ReasonMinLength", "PendingExpiryDays", "MaxDuration", "SweepInterval"],
            result.Failures!.Select(f => f["Odp:Access:".Length..f.IndexOf(' ')]));
    }

    private static AccessOptions With(string setting, string value)
    {
        var options = new AccessOptions();
        switch (setting)
        {
            case "ReasonMinLength": options.ReasonMinLength = int.Parse(value); break;
            case "ReasonMaxLength": options.ReasonMaxLength = int.Parse(value); break;
            case "PendingExpiryDays": options.PendingExpiryDays = int.Parse(value); break;
            case "DefaultDuration": options.DefaultDuration = value; break;
            case "MaxDuration": options.MaxDuration = value; break;
            case "SweepInterval": options.SweepInterval = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(setting), setting, "Unknown setting.");
        }

        return options;
    }
}
