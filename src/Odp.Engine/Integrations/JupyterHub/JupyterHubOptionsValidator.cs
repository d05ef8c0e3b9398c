using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>Checks the JupyterHub settings when they are in use; each message names the setting and never the token.</summary>
public sealed class JupyterHubOptionsValidator : IValidateOptions<JupyterHubOptions>
{
    private const string S = JupyterHubOptions.Section;

    public ValidateOptionsResult Validate(string? name, JupyterHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(JupyterHubOptions o)
    {
        var anySet = !string.IsNullOrWhiteSpace(o.Url) || !string.IsNullOrWhiteSpace(o.Token);
        if (!anySet) yield break;
        if (!IsHttpUrl(o.Url))
            yield return $"{S}:Url must be the hub's http(s) URL like http://jupyter.internal:8000.";
        if (string.IsNullOrWhiteSpace(o.Token))
            yield return $"{S}:Token is not set: the API token of the hub service ODP uses.";
        if (!string.IsNullOrWhiteSpace(o.PublicUrl) && !IsHttpUrl(o.PublicUrl))
            yield return $"{S}:PublicUrl must be an http(s) URL like https://jupyter.example.com, or empty to use Url.";
        if (!DurationText.TryParse(o.ReadyTimeout, out _))
            yield return $"{S}:ReadyTimeout must be a duration like 60s or 2m.";
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";
}
