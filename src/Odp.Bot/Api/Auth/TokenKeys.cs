using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Odp.Bot.Api.Auth;

/// <summary>The key tokens are signed and checked with: HS256 over <c>SigningKey</c>, or RS256 over <c>RsaKeyFile</c>.</summary>
public sealed class TokenKeys(IOptions<AuthOptions> options)
{
    private readonly Lazy<SecurityKey> key = new(() => Load(options.Value));

    public SecurityKey Key => key.Value;

    public SigningCredentials Credentials => new(Key, Key is RsaSecurityKey ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.HmacSha256);

    private static SecurityKey Load(AuthOptions settings)
    {
        if (!settings.UsesRsa) return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(settings.RsaKeyFile));
        return new RsaSecurityKey(rsa);
    }
}
