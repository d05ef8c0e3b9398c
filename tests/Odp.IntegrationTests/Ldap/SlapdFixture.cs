using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Ldap;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Ldap;

/// <summary>
/// A real OpenLDAP server for the LDAP tests, started by scripts/slapd-start on a free loopback port in a fresh folder
/// (under ODP_TEST_STATE_DIR when scripts/test sets it) and seeded from seed.ldif; stopped by scripts/slapd-stop, by
/// its pidfile, when the collection ends, whether its tests passed or not. Fails, never skips, when slapd is missing.
/// </summary>
public sealed class SlapdFixture : IAsyncLifetime
{
    public const string BaseDn = "dc=odp,dc=test";
    public const string AdminDn = "cn=admin,dc=odp,dc=test";
    public const string AdminPassword = "admin-secret";

    private readonly string folder = Path.Combine(
        Environment.GetEnvironmentVariable("ODP_TEST_STATE_DIR") is { Length: > 0 } root ? root : Path.GetTempPath(),
        $"odp-slapd-{Guid.NewGuid():N}");

    private readonly List<string> added = [];

    public int Port { get; } = FreePort.Next();

    public string Url => $"ldap://127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await Command.RunAsync("bash", [RepoRoot.Script("slapd-start"), folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Command.RunAsync("bash", [RepoRoot.Script("slapd-stop"), folder]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The settings for this server: admin as the service account, ou=people and ou=groups.</summary>
    public LdapOptions Settings(Action<LdapOptions>? change = null)
    {
        var options = new LdapOptions
        {
            Url = Url,
            BindDn = AdminDn,
            BindPassword = AdminPassword,
            BaseDn = BaseDn,
            UserSearchBase = "ou=people",
            GroupSearchBase = "ou=groups",
        };
        change?.Invoke(options);
        return options;
    }

    public LdapDirectory NewDirectory(TimeProvider? time = null, Action<LdapOptions>? change = null) =>
        new(Options.Create(Settings(change)), time ?? TimeProvider.System, NullLogger<LdapDirectory>.Instance);

    /// <summary>Changes the directory as the admin, with ldapmodify and an LDIF change record.</summary>
    public Task ModifyAsync(string ldif) =>
        Command.RunAsync("ldapmodify", ["-x", "-H", Url, "-D", AdminDn, "-w", AdminPassword], stdin: ldif);

    /// <summary>
    /// Adds a person under ou=people (mail <c>uid@example.com</c>) and to each groupOfNames in ou=groups named; answers
    /// their password. Tests that delete or lock people add their own and call <see cref="DeleteAddedPeopleAsync"/>
    /// when they end, so the next test finds the seed as it expects.
    /// </summary>
    public async Task<string> AddPersonAsync(string uid, params string[] groups)
    {
        var password = uid + "-secret";
        var person = $"""
            dn: uid={uid},ou=people,{BaseDn}
            changetype: add
            objectClass: inetOrgPerson
            uid: {uid}
            cn: {uid}
            sn: Test
            mail: {uid}@example.com
            userPassword: {password}
            """;
        var memberships = groups.Select(g => $"""
            dn: cn={g},ou=groups,{BaseDn}
            changetype: modify
            add: member
            member: uid={uid},ou=people,{BaseDn}
            """);
        await ModifyAsync(string.Join("\n\n", [person, .. memberships]) + "\n");
        lock (added) added.Add(uid);
        return password;
    }

    /// <summary>Deletes a person's entry, as ldapdelete would (the memberof overlay takes them out of their groups).</summary>
    public async Task DeletePersonAsync(string uid)
    {
        await ModifyAsync($"""
            dn: uid={uid},ou=people,{BaseDn}
            changetype: delete

            """);
        lock (added) added.Remove(uid);
    }

    /// <summary>Deletes the people <see cref="AddPersonAsync"/> added that are still there.</summary>
    public async Task DeleteAddedPeopleAsync()
    {
        string[] left;
        lock (added) left = [.. added];
        foreach (var uid in left) await DeletePersonAsync(uid);
    }

    /// <summary>Locks a person's account the ppolicy way: <c>pwdAccountLockedTime: 000001010000Z</c> (locked until an admin unlocks).</summary>
    public Task LockPersonAsync(string uid) => ModifyAsync($"""
        dn: uid={uid},ou=people,{BaseDn}
        changetype: modify
        add: pwdAccountLockedTime
        pwdAccountLockedTime: 000001010000Z

        """);
}
