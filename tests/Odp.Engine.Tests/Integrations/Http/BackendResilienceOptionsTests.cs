using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Integrations.Http;

/// <summary>Each backend's settings: its defaults, <c>Odp:Resilience:&lt;Backend&gt;</c> over them, and refusals naming the setting.</summary>
public sealed class BackendResilienceOptionsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static ServiceProvider Build(string backend, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBackendResilience(backend, configuration).BuildServiceProvider();
    }

    [Theory]
    [InlineData("MaxAttempts", "0")]
    [InlineData("MaxDelay", "00:00:00.010")]
    [InlineData("TotalTimeout", "00:00:01")]
    [InlineData("FailureRatio", "1.5")]
    [InlineData("MinimumThroughput", "1")]
    [InlineData("BreakDuration", "00:00:00.100")]
    public void AddBackendResilience_InvalidSetting_FailsNamingIt(string setting, string value)
    {
        using var services = Build(Backends.Trino, new() { [$"Odp:Resilience:Trino:{setting}"] = value });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<BackendResilience>().CreateHandler(Backends.Trino));

        Assert.Contains($"Odp:Resilience:Trino:{setting}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBackendResilience_SettingsInItsSection_OverrideOnlyThoseDefaults()
    {
        using var services = Build(Backends.GitLab, new() { ["Odp:Resilience:GitLab:MaxAttempts"] = "6", ["Odp:Resilience:GitLab:BaseDelay"] = "00:00:02" });

        var options = services.GetRequiredService<BackendResilience>().Pipeline(Backends.GitLab).Options;

        Assert.Equal((6, TimeSpan.FromSeconds(2)), (options.MaxAttempts, options.BaseDelay));
        Assert.Equal(Backends.Defaults(Backends.GitLab).MaxDelay, options.MaxDelay);
    }

    [Fact]
    public void AddBackendResilience_HttpClient_HasNoTimeoutOfItsOwn()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHttpClient("trino", http => http.Timeout = TimeSpan.FromSeconds(5)).AddBackendResilience(Backends.Trino, configuration);
        using var provider = services.BuildServiceProvider();

        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("trino");

        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Theory]
    [InlineData("1", null, 2)]
    [InlineData("0", null, 1)]
    [InlineData(null, null, 4)]
    [InlineData("1", "6", 6)]
    public void AddOdpEngine_DirectMode_ApplyRetriesStillCountsKubernetesResends(string? applyRetries, string? maxAttempts, int expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Odp:Workspaces:Mode"] = WorkspaceOptions.DirectMode,
            ["Odp:Trino:Url"] = "http://trino.internal:8080",
        };
        if (applyRetries is not null) settings["Odp:Workspaces:ApplyRetries"] = applyRetries;
        if (maxAttempts is not null) settings["Odp:Resilience:Kubernetes:MaxAttempts"] = maxAttempts;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(new DataDirectory(temp.Path));
        services.AddOdpEngine(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>().Get(Backends.Kubernetes);

        Assert.Equal(expected, options.MaxAttempts);
    }
}
