using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Drift;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Sql;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Integrations.Trino;

public sealed class TrinoRegistrationTests
{
    [Fact]
    public void AddOdpEngine_DiscoverOn_StacksTrinoBetweenTheFileAndOpenMetadata()
    {
        using var services = Build(new()
        {
            ["Odp:Trino:Discover"] = "true", ["Odp:Trino:User"] = "odp",
            ["Odp:OpenMetadata:Url"] = "http://om.test:8585", ["Odp:OpenMetadata:Token"] = "t",
        });

        Assert.Equal(["file", "trino", "openmetadata"], services.GetServices<ICatalogSource>().Select(s => s.Name));
    }

    [Fact]
    public void AddOdpEngine_DiscoverOff_NoTrinoSource()
    {
        using var services = Build(new() { ["Odp:Trino:User"] = "odp" });

        Assert.Equal(["file"], services.GetServices<ICatalogSource>().Select(s => s.Name));
    }

    [Fact]
    public void AddOdpEngine_SqlEnforcement_GrantsWithSqlAndChecksSqlDrift()
    {
        using var services = Build(new() { ["Odp:Trino:Enforcement"] = "SQL", ["Odp:Trino:User"] = "odp" });

        Assert.IsType<SqlGrantEnforcer>(services.GetRequiredService<IAccessEnforcer>());
        Assert.IsType<SqlGrantDrift>(services.GetRequiredService<IGrantDriftCheck>());
    }

    [Fact]
    public void AddOdpEngine_DefaultEnforcement_WritesTheRulesFile()
    {
        using var services = Build(new());

        Assert.IsType<FileRulesEnforcer>(services.GetRequiredService<IAccessEnforcer>());
        Assert.IsType<FileRulesDrift>(services.GetRequiredService<IGrantDriftCheck>());
    }

    [Theory]
    [InlineData("Odp:Trino:Discover", "true", "Odp:Trino:User must be set")]
    [InlineData("Odp:Trino:Enforcement", "sql", "Odp:Trino:User must be set")]
    [InlineData("Odp:Trino:Enforcement", "ranger", "Odp:Trino:Enforcement must be 'file'")]
    [InlineData("Odp:Trino:DiscoverInterval", "soon", "Odp:Trino:DiscoverInterval must be a duration")]
    public void AddOdpEngine_BadTrinoSetting_FailsNamingIt(string key, string value, string message)
    {
        using var services = Build(new() { [key] = value });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TrinoOptions>>().Value);
        Assert.Contains(message, e.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) => EngineServices.Register(settings).BuildServiceProvider();
}
