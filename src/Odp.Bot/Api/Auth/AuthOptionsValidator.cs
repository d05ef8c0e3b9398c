using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Bot.Api.Auth;

/// <summary>Checks the API's settings at start, naming the setting that is wrong.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public const int MinKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.UsesRsa)
        {
            if (!File.Exists(options.RsaKeyFile))
                failures.Add($"{AuthOptions.Section}:RsaKeyFile '{options.RsaKeyFile}' does not exist.");
            else if (!IsRsaPem(options.RsaKeyFile))
                failures.Add($"{AuthOptions.Section}:RsaKeyFile '{options.RsaKeyFile}' is not a PEM RSA private key.");
        }
        else if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinKeyBytes)
        {
            failures.Add($"{AuthOptions.Section}:SigningKey must be at least {MinKeyBytes} bytes; generate one with `openssl rand -base64 48`.");
        }
        if (string.IsNullOrWhiteSpace(options.Issuer)) failures.Add($"{AuthOptions.Section}:Issuer must not be empty.");
        if (string.IsNullOrWhiteSpace(options.Audience)) failures.Add($"{AuthOptions.Section}:Audience must not be empty.");
        if (!DurationText.TryParse(options.TokenLifetime, out _))
            failures.Add($"{AuthOptions.Section}:TokenLifetime must be a duration like 1h or 30m.");
        if (!DurationText.TryParse(options.AttemptWindow, out _))
            failures.Add($"{AuthOptions.Section}:AttemptWindow must be a duration like 1m.");
        if (options.AttemptsPerUsername < 1) failures.Add($"{AuthOptions.Section}:AttemptsPerUsername must be at least 1.");
        if (options.AttemptsPerClientIp < 1) failures.Add($"{AuthOptions.Section}:AttemptsPerClientIp must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsRsaPem(string path)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(File.ReadAllText(path));
            rsa.ExportParameters(includePrivateParameters: true);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
