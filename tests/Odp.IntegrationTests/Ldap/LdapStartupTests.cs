using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Ldap;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Ldap;

[Collection(SlapdCollection.Name)]
public sealed class LdapStartupTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task VerifyAsync_RightServiceAccount_Succeeds()
    {
        using var directory = slapd.NewDirectory();

        await directory.VerifyAsync(Ct);

        Assert.Equal(1, directory.Binds);
    }

    [Fact]
    public async Task VerifyAsync_WrongServicePassword_NamesBindPasswordWithoutIt()
    {
        const string wrong = "not-the-admin-password-42";
        using var directory = slapd.NewDirectory(change: o => o.BindPassword = wrong);

        var error = await Assert.ThrowsAsync<StartupException>(() => directory.VerifyAsync(Ct));

        Assert.Contains("Odp:Ldap:BindPassword", error.Message);
        Assert.Contains("Odp:Ldap:BindDn", error.Message);
        Assert.DoesNotContain(wrong, error.Message);
        Assert.DoesNotContain(wrong, error.ToString());
    }

    [Fact]
    public async Task VerifyAsync_UnusedPort_NamesUrl()
    {
        using var directory = slapd.NewDirectory(change: o => o.Url = $"ldap://127.0.0.1:{FreePort.Next()}");

        var error = await Assert.ThrowsAsync<StartupException>(() => directory.VerifyAsync(Ct));

        Assert.Contains("Odp:Ldap:Url", error.Message);
        Assert.DoesNotContain(SlapdFixture.AdminPassword, error.Message);
    }

    [Fact]
    public async Task VerifyAsync_MissingBaseDn_NamesBaseDn()
    {
        using var directory = slapd.NewDirectory(change: o => o.BaseDn = "dc=elsewhere,dc=odp,dc=test");

        var error = await Assert.ThrowsAsync<StartupException>(() => directory.VerifyAsync(Ct));

        Assert.Contains("Odp:Ldap:BaseDn", error.Message);
    }

    [Fact]
    public async Task AddOdpEngine_LdapUrlSet_RegistersLdapAsDirectoryAndAuthenticator()
    {
        await using var services = Services(slapd.Settings());

        var directory = services.GetRequiredService<IDirectory>();

        Assert.IsType<LdapDirectory>(directory);
        Assert.Same(directory, services.GetRequiredService<IAuthenticator>());
        foreach (var hosted in services.GetServices<IHostedService>()) await hosted.StartAsync(Ct);
        Assert.Equal("bob", (await directory.FindUserAsync("bob", Ct))?.Id);
    }

    [Fact]
    public async Task AddOdpEngine_WrongServicePassword_StartupCheckThrowsStartupException()
    {
        await using var services = Services(slapd.Settings(o => o.BindPassword = "wrong-password"));

        var check = services.GetServices<IHostedService>().OfType<LdapStartupCheck>().Single();

        var error = await Assert.ThrowsAsync<StartupException>(() => check.StartAsync(Ct));
        Assert.Contains("Odp:Ldap:BindPassword", error.Message);
        Assert.DoesNotContain("wrong-password", error.Message);
    }

    [Fact]
    public async Task AddOdpEngine_MalformedUrl_OptionsValidationNamesUrl()
    {
        await using var services = Services(slapd.Settings(o => o.Url = "http://ldap.internal"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LdapOptions>>().Value);

        Assert.Contains("Odp:Ldap:Url", error.Message);
    }

    [Fact]
    public async Task AddOdpEngine_NoLdapUrl_KeepsTheYamlDirectory()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Odp:Directory:File"] = Path.Combine(RepoRoot.Path, "deploy", "demo", "directory.yaml"),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddOdpEngine(configuration).BuildServiceProvider();

        Assert.IsType<YamlDirectory>(services.GetRequiredService<IDirectory>());
        Assert.Null(services.GetService<IAuthenticator>());
    }

    private static ServiceProvider Services(LdapOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Odp:Ldap:Url"] = options.Url,
            ["Odp:Ldap:BindDn"] = options.BindDn,
            ["Odp:Ldap:BindPassword"] = options.BindPassword,
            ["Odp:Ldap:BaseDn"] = options.BaseDn,
            ["Odp:Ldap:UserSearchBase"] = options.UserSearchBase,
            ["Odp:Ldap:GroupSearchBase"] = options.GroupSearchBase,
        }).Build();
        return new ServiceCollection().AddLogging().AddOdpEngine(configuration).BuildServiceProvider();
    }
}
