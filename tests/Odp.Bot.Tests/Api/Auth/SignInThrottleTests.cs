using System.Net;
using Odp.Bot.Api.Auth;

namespace Odp.Bot.Tests.Api.Auth;

/// <summary>What the sign-in throttle counts a username and a client as.</summary>
public sealed class SignInThrottleTests
{
    [Theory]
    [InlineData("  Alice ", "user:alice")]
    [InlineData("ÅSA", "user:åsa")]
    [InlineData("bob@Example.COM", "user:bob@example.com")]
    [InlineData("lone\ud800surrogate", "user:lone\ud800surrogate")]
    public void UsernameKey_Variants_CountAsOneName(string typed, string expected) =>
        Assert.Equal(expected, SignInThrottle.UsernameKey(typed));

    [Theory]
    [InlineData("203.0.113.7", "ip:203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "ip:203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "ip:2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "ip:2001:db8:1:2::/64")]
    public void ClientKey_Address_CountsIPv6ByItsNetwork(string address, string expected) =>
        Assert.Equal(expected, SignInThrottle.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public void ClientKey_NoAddress_IsOneUnknownClient() => Assert.Equal("ip:unknown", SignInThrottle.ClientKey(null));
}
