using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;
using Odp.Engine.Workspaces.GitOps;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Tests.Integrations.GitLab;

public sealed class GitOpsRegistrationTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private ServiceProvider Services(string? mode, string project = "odp/infra") =>
        new ServiceCollection().AddLogging().AddOdpEngine(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = temp.Path,
            ["Odp:Catalog:File"] = RepoPaths.DemoCatalog,
            ["Odp:Directory:File"] = RepoPaths.DemoDirectory,
            ["Odp:Trino:Url"] = "http://trino.internal:8080",
            ["Odp:Workspaces:Mode"] = mode,
            ["Odp:GitLab:Url"] = "https://gitlab.example.com",
            ["Odp:GitLab:Token"] = "glpat-secret",
            ["Odp:GitLab:Project"] = project,
        }).Build()).BuildServiceProvider();

    [Fact]
    public void AddOdpEngine_GitOpsMode_CommitsThroughGitLabAndFollowsThePipelineAfterTheWorkspaceStep()
    {
        using var services = Services("gitops");

        Assert.IsType<GitOpsWorkspaceProvisioner>(services.GetRequiredService<IWorkspaceProvisioner>());
        Assert.Equal(
            [TrinoGrantStep.StepName, WorkspaceStep.StepName, PipelineStep.StepName],
            services.GetServices<IProvisioningStep>().Select(s => s.Name));
    }

    [Fact]
    public void AddOdpEngine_NoMode_KeepsTheDirectoryProvisionerWithoutPipelineStep()
    {
        using var services = Services(null);

        Assert.IsType<DirectoryWorkspaceProvisioner>(services.GetRequiredService<IWorkspaceProvisioner>());
        Assert.DoesNotContain(services.GetServices<IProvisioningStep>(), s => s.Name == PipelineStep.StepName);
    }

    [Fact]
    public void AddOdpEngine_GitOpsModeWithoutProject_ValidationNamesTheSettingButNotTheToken()
    {
        using var services = Services("gitops", project: "");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GitLabOptions>>().Value);

        Assert.Contains("Odp:GitLab:Project", error.Message);
        Assert.DoesNotContain("glpat-secret", error.Message);
    }
}
