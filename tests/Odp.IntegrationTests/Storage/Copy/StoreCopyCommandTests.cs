using System.Diagnostics;
using Npgsql;
using Odp.Bot.Cli;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;
using static Odp.IntegrationTests.Storage.Tickets.TicketSamples;

namespace Odp.IntegrationTests.Storage.Copy;

/// <summary><c>odp store copy</c>: the real program for a copy and a folder without odp.db, the command in process for the other answers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreCopyCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();
    private LiteDbInstallation installation = null!;
    private string connection = null!;

    public async Task InitializeAsync()
    {
        installation = await LiteDbInstallation.CreateAsync();
        connection = await postgres.NewDatabaseAsync();
    }

    public Task DisposeAsync()
    {
        installation.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StoreCopy_Program_PrintsTheCountsExitsZeroAndTheSecondRunFindsEverythingThere()
    {
        var (exit, stdout, stderr) = await RunProgramAsync("store", "copy", "--from", installation.Folder, "--to-postgres", connection);
        var (again, secondOut, _) = await RunProgramAsync("store", "copy", "--from", installation.Folder, "--to-postgres", connection);

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains($"Copied {Path.Combine(installation.Folder, "odp.db")} into PostgreSQL:", stdout);
        Assert.Contains("  tickets               4 copied,      0 already there", stdout);
        Assert.Contains("  owed items            3 copied,      0 already there", stdout);
        Assert.Contains("  workspace names       1 copied,      0 already there", stdout);
        Assert.Contains("  gitops states         2 copied,      0 already there", stdout);
        Assert.Equal(0, again);
        Assert.Contains("  audit entries         0 copied,      3 already there", secondOut);
        Assert.Contains("Nothing to copy: PostgreSQL already holds all of it.", secondOut);
        await using var database = NpgsqlDataSource.Create(connection);
        Assert.Equal(4, (await new PostgresTicketStore(database).QueryAsync(new(), None)).Count);
    }

    [Fact]
    public async Task StoreCopy_ProgramOnAFolderWithoutOdpDb_ExitsTwoNamingThePath()
    {
        using var empty = LiteDbInstallation.Empty();

        var (exit, stdout, stderr) = await RunProgramAsync("store", "copy", "--from", empty.Folder, "--to-postgres", connection);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal(
            $"Store copy failed: There is no OpenDataPlane store in {empty.Folder}: {Path.Combine(empty.Folder, "odp.db")} does not exist.",
            stderr.Trim());
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task RunAsync_NoConnectionString_ExitsTwoSayingWhatIsMissing()
    {
        var exit = await StoreCopyCommand.RunAsync(installation.Folder, null, output, errors, None);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal(
            "Store copy failed: --to-postgres is required: the connection string of the PostgreSQL database to copy into.",
            errors.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_NoFolder_ExitsTwoSayingWhatIsMissing()
    {
        var exit = await StoreCopyCommand.RunAsync(" ", connection, output, errors, None);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal("Store copy failed: --from is required: the data directory whose odp.db to copy.", errors.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_UnreachableServer_ExitsTwoWithOneLineWithoutThePassword()
    {
        var port = Services.FreePort.Next();

        var exit = await StoreCopyCommand.RunAsync(
            installation.Folder, $"Host=127.0.0.1;Port={port};Username=odp;Password=s3cret-pw", output, errors, None);

        Assert.Equal(StartupFailure.ExitCode, exit);
        var line = Assert.Single(errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Store copy failed: Could not open the PostgreSQL database (default) on 127.0.0.1:{port}: ", line);
        Assert.DoesNotContain("s3cret-pw", errors.ToString() + output);
    }

    [Fact]
    public async Task RunAsync_BadConnectionString_ExitsTwoWithoutThePassword()
    {
        var exit = await StoreCopyCommand.RunAsync(installation.Folder, "Host=db;Password=s3cret-pw;Bogus=1", output, errors, None);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.StartsWith("Store copy failed: The target is not a PostgreSQL connection string: ", errors.ToString());
        Assert.DoesNotContain("s3cret-pw", errors.ToString() + output);
    }

    [Fact]
    public async Task RunAsync_TicketChangedInPostgres_ListsTheConflictAndExitsOne()
    {
        Assert.Equal(0, await StoreCopyCommand.RunAsync(installation.Folder, connection, output, errors, None));
        await using (var database = NpgsqlDataSource.Create(connection))
        {
            var tickets = new PostgresTicketStore(database);
            var ticket = (await tickets.FindAsync("ODP-3", None))!;
            ticket.Revoke("admin", "left the team", Start.AddDays(2));
            await tickets.SaveAsync(ticket, None);
        }
        output.GetStringBuilder().Clear();

        var exit = await StoreCopyCommand.RunAsync(installation.Folder, connection, output, errors, None);

        Assert.Equal(StoreCopyCommand.ConflictExitCode, exit);
        Assert.EndsWith(
            string.Join(Environment.NewLine,
                "1 conflict(s): PostgreSQL holds these differently and keeps its own:",
                "  ODP-3: version 2 in PostgreSQL, 1 in odp.db; left as it is in PostgreSQL",
                ""),
            output.ToString());
    }

    private static async Task<(int Exit, string Output, string Errors)> RunProgramAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Odp.Bot.dll") }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
