using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Reflection;
using Microsoft.Extensions.Options;
using Odp.Bot.Cli;

namespace Odp.Bot.Tests.Docs;

/// <summary>
/// Every <see cref="IValidateOptions{TOptions}"/> the program registers, found the way it registers them: the HTTP host
/// (<see cref="ServeHost.Build"/>) with every optional part turned on, plus the chat's options. Validators registered
/// anywhere else are not seen: register them from the host's composition.
/// </summary>
internal sealed class OptionsValidators : IAsyncDisposable
{
    /// <summary>Settings that turn on every optional part, each valid, so each part's validators are registered.</summary>
    public static readonly string[] EverythingOn =
    [
        "--Odp:Ldap:Url=ldap://ldap.test:389", "--Odp:Ldap:BindDn=cn=odp,dc=example,dc=com", "--Odp:Ldap:BindPassword=password",
        "--Odp:Ldap:BaseDn=dc=example,dc=com",
        "--Odp:JupyterHub:Url=http://hub.test:8000", "--Odp:JupyterHub:Token=token",
        "--Odp:OpenMetadata:Url=http://openmetadata.test:8585", "--Odp:OpenMetadata:Token=token",
        "--Odp:Workspaces:Mode=gitops", "--Odp:GitLab:Url=https://gitlab.test", "--Odp:GitLab:Token=token", "--Odp:GitLab:Project=g/p",
        "--Odp:Trino:User=odp",
        "--Odp:Slack:SigningSecret=secret", "--Odp:Slack:BotToken=xoxb-test",
        "--Odp:Mattermost:Url=http://mattermost.test", "--Odp:Mattermost:BotToken=token", "--Odp:Mattermost:PublicUrl=http://odp.test",
        "--Odp:Mattermost:ActionSecret=0123456789abcdef", "--Odp:Mattermost:CommandTokens:0=token",
        "--Odp:Auth:SigningKey=0123456789abcdef0123456789abcdef",
        "--urls", "http://127.0.0.1:0",
    ];

    private readonly WebApplication app;
    private readonly ServiceProvider chat;

    public OptionsValidators(string data)
    {
        app = ServeHost.Build(EverythingOn, new HostOptions(data, null, null));
        chat = new ServiceCollection().AddChatOptions(Configuration).BuildServiceProvider();
    }

    public IConfiguration Configuration => app.Services.GetRequiredService<IConfiguration>();

    /// <summary>A fresh instance of <paramref name="options"/> bound from the everything-on settings.</summary>
    public object Baseline(OptionsClass options) => Configuration.GetSection(options.Section).Get(options.Type) ?? options.Defaults();

    /// <summary>Every failure the registered validators report for <paramref name="instance"/>.</summary>
    public IReadOnlyList<string> Failures(OptionsClass options, object instance) =>
        (IReadOnlyList<string>)FailuresMethod.MakeGenericMethod(options.Type).Invoke(this, [instance])!;

    /// <summary>How many validators are registered for <paramref name="options"/>.</summary>
    public int Count(OptionsClass options) =>
        Providers.Sum(sp => ((IEnumerable<object>)sp.GetServices(typeof(IValidateOptions<>).MakeGenericType(options.Type))).Count());

    public async ValueTask DisposeAsync()
    {
        await chat.DisposeAsync();
        await app.DisposeAsync();
    }

    private IServiceProvider[] Providers => [app.Services, chat];

    private static readonly MethodInfo FailuresMethod =
        typeof(OptionsValidators).GetMethod(nameof(FailuresOf), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private List<string> FailuresOf<T>(T instance) where T : class =>
    [
        .. Providers.SelectMany(sp => sp.GetServices<IValidateOptions<T>>())
            .Select(v => v.Validate(Options.DefaultName, instance))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? [r.FailureMessage ?? ""]),
    ];
}
