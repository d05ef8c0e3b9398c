using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Api.Auth;
using Odp.Engine.Integrations.Ldap;
using Odp.IntegrationTests.Ldap;

namespace Odp.IntegrationTests.Api;

/// <summary>
/// Sign-in against the real OpenLDAP with hostile credentials: oversized ones are refused with the limit before any
/// LDAP call (before: an LDAP error and a 500), and a flood of unknown names leaves nothing in the directory's cache.
/// </summary>
[Collection(SlapdCollection.Name)]
public sealed class SignInLimitStoryTests(SlapdFixture slapd) : IDisposable
{
    private readonly LdapApiHost host = new(slapd, new Dictionary<string, string?> { ["Odp:Auth:AttemptsPerClientIp"] = "100000" });

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task SignIn_TenMegabytePassword_Is413NamingTheLimit()
    {
        var response = await host.SignInAsync("bob", new string('p', 10 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("A request body can be at most 65,536 bytes", await LdapApiHost.FieldAsync(response, "detail"));
    }

    [Fact]
    public async Task SignIn_PasswordOverItsLimit_Is400NamingTheLimit_AndBobStillSignsIn()
    {
        var response = await host.SignInAsync("bob", new string('p', 20_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A password can be at most 1,024 characters; yours has 20,000.", await LdapApiHost.FieldAsync(response, "detail"));
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("bob", "bob-secret")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ManyDistinctUnknownNames_KeepNothingInTheDirectoryCacheAndTheThrottleInItsBudget()
    {
        var cache = host.Services.GetRequiredService<LdapDirectory>().Cache;
        var throttle = host.Services.GetRequiredService<SignInThrottle>();
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("judy", "judy-secret")).StatusCode);
        var held = cache.Count;

        for (var i = 0; i < 300; i++)
        {
            var name = $"nobody{i}@" + new string('x', 240);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync(name, new string('p', 1_024))).StatusCode);
        }

        Assert.Equal(held, cache.Count);
        Assert.InRange(cache.Bytes, 1, LdapCache.MaxBytes);
        Assert.Equal(302, throttle.Entries);
        Assert.InRange(throttle.Bytes, 1, 302 * (Odp.Engine.Budget.BoundedTable<int>.EntryOverhead + 2 * 64));
    }
}
