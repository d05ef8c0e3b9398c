using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// Checks each backend's <see cref="BackendResilienceOptions"/> (the options' name is the backend key) at start;
/// every failure names its setting, like <c>Odp:Resilience:Trino:MaxAttempts</c>.
/// </summary>
public sealed class BackendResilienceOptionsValidator : IValidateOptions<BackendResilienceOptions>
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, BackendResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(name)) return ValidateOptionsResult.Skip;
        var s = Backends.Profile(name).Section;
        var failures = new List<string>();
        if (options.MaxAttempts is < 1 or > 20)
            failures.Add($"{s}:MaxAttempts must be between 1 and 20 (1 sends each call once).");
        if (options.BaseDelay < TimeSpan.Zero || options.BaseDelay > TimeSpan.FromMinutes(1))
            failures.Add($"{s}:BaseDelay must be between 00:00:00 and 00:01:00.");
        if (options.MaxDelay < options.BaseDelay || options.MaxDelay > Hour)
            failures.Add($"{s}:MaxDelay must be at least {s}:BaseDelay and at most 01:00:00.");
        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > Hour)
            failures.Add($"{s}:AttemptTimeout must be more than 00:00:00 and at most 01:00:00.");
        if (options.TotalTimeout < options.AttemptTimeout || options.TotalTimeout > TimeSpan.FromHours(2))
            failures.Add($"{s}:TotalTimeout must be at least {s}:AttemptTimeout and at most 02:00:00.");
        if (!(options.FailureRatio is > 0 and <= 1))
            failures.Add($"{s}:FailureRatio must be more than 0 and at most 1, like 0.5.");
        if (options.MinimumThroughput is < 2 or > 10_000)
            failures.Add($"{s}:MinimumThroughput must be between 2 and 10000.");
        if (options.SamplingDuration < HalfSecond || options.SamplingDuration > Hour)
            failures.Add($"{s}:SamplingDuration must be between 00:00:00.5 and 01:00:00.");
        if (options.BreakDuration < HalfSecond || options.BreakDuration > Hour)
            failures.Add($"{s}:BreakDuration must be between 00:00:00.5 and 01:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
