using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Hosting;

namespace Odp.Bot.Tests.Cli;

/// <summary><c>odp</c> with no arguments: the HTTP host over the same engine.</summary>
public sealed class ServeHostTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-serve-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> factory;

    public ServeHostTests()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting(DataDirectory.Setting, data));
    }

    public void Dispose()
    {
        factory.Dispose();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Healthz_WhenStarted_AnswersOk()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Start_WithEmbeddedDefaults_RunsTheEngineOnTheConfiguredDataDirectory()
    {
        using var client = factory.CreateClient();

        Assert.Equal(data, factory.Services.GetRequiredService<DataDirectory>().Path);
        Assert.True(File.Exists(Path.Combine(data, "odp.db")));
    }
}
