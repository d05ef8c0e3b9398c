using Odp.Engine.Storage;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>
/// The production-configured engine of <see cref="ProvisioningHarness"/> (direct mode: the fake Kubernetes API, the
/// fake JupyterHub, the fake Trino and its rules file) on a new PostgreSQL database, so every replica it starts
/// shares the store — and, as the supported layout for file enforcement, one data volume with the rules file.
/// </summary>
internal static class ReplicaHarness
{
    public static async Task<ProvisioningHarness> StartAsync(PostgresFixture postgres, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { [StoreRegistration.PostgresSetting] = await postgres.NewDatabaseAsync() };
        return await ProvisioningHarness.StartAsync(Odp.Engine.Workspaces.WorkspaceOptions.DirectMode, settings: all);
    }
}
