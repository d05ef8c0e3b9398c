using Microsoft.Extensions.Options;

namespace Odp.Engine.Access;

/// <summary>Checked at start; every failure names the setting.</summary>
public sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    /// <summary>A ticket keeps its reason and every decision's note in one LiteDB document, which must stay well under its size limit.</summary>
    public const int MaxReason = 20_000;

    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var failures = new List<string>();
        if (options.ReasonMinLength is < 1 or > 500)
            failures.Add($"{AccessOptions.Section}:ReasonMinLength must be between 1 and 500 (it is {options.ReasonMinLength}).");
        if (options.ReasonMaxLength is < 1 or > MaxReason)
            failures.Add($"{AccessOptions.Section}:ReasonMaxLength must be between 1 and {MaxReason} (it is {options.ReasonMaxLength}).");
        else if (options.ReasonMaxLength < options.ReasonMinLength)
            failures.Add($"{AccessOptions.Section}:ReasonMaxLength ({options.ReasonMaxLength}) is shorter than ReasonMinLength ({options.ReasonMinLength}).");
        if (options.PendingExpiryDays is < 1 or > 365)
            failures.Add($"{AccessOptions.Section}:PendingExpiryDays must be between 1 and 365 (it is {options.PendingExpiryDays}).");
        var max = Check(options.MaxDuration, "MaxDuration", failures);
        var def = Check(options.DefaultDuration, "DefaultDuration", failures);
        Check(options.SweepInterval, "SweepInterval", failures);
        if (max is { } m && def is { } d && d > m)
            failures.Add($"{AccessOptions.Section}:DefaultDuration ({options.DefaultDuration}) is longer than MaxDuration ({options.MaxDuration}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static TimeSpan? Check(string value, string setting, List<string> failures)
    {
        if (DurationText.TryParse(value, out var span)) return span;
        failures.Add($"{AccessOptions.Section}:{setting} must be a duration like 30d, 12h or 2w (it is '{value}').");
        return null;
    }
}
