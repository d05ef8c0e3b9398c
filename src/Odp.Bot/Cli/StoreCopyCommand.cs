using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage;
using Odp.Engine.Storage.Copy;

namespace Odp.Bot.Cli;

/// <summary>
/// <c>odp store copy --from DIR --to-postgres CONN</c>: copies the LiteDB installation in DIR into PostgreSQL
/// (<see cref="StoreCopy"/>) and prints what it copied and found already there. Exit 0 when done, 1 when PostgreSQL
/// holds some records differently (listed, left as they are there; the rest is copied), 2 when an option is missing or
/// either store can't be opened (one line on stderr, never the password).
/// </summary>
public static class StoreCopyCommand
{
    public const int ConflictExitCode = 1;

    public static async Task<int> RunAsync(string? from, string? toPostgres, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(from))
            return await FailAsync(errors, "--from is required: the data directory whose odp.db to copy.");
        if (string.IsNullOrWhiteSpace(toPostgres))
            return await FailAsync(errors, "--to-postgres is required: the connection string of the PostgreSQL database to copy into.");

        StoreCopyReport report;
        try
        {
            report = await StoreCopy.RunAsync(from, toPostgres, cancellationToken);
        }
        catch (Exception e) when (StartupFailure.Explain(e) is { } message)
        {
            return await FailAsync(errors, message);
        }

        await output.WriteLineAsync($"Copied {Path.Combine(Path.GetFullPath(from), OdpDatabase.FileName)} into PostgreSQL:");
        var width = report.Counts.Max(c => c.Name.Length);
        foreach (var (name, count) in report.Counts)
            await output.WriteLineAsync($"  {name.PadRight(width)}  {count.Copied,6} copied, {count.AlreadyThere,6} already there");
        if (report.OwedWithoutTicket > 0)
            await output.WriteLineAsync($"{report.OwedWithoutTicket} owed item(s) belong to tickets missing from {OdpDatabase.FileName} and were not copied.");
        if (report.Conflicts.Count == 0)
        {
            if (report.Copied == 0) await output.WriteLineAsync("Nothing to copy: PostgreSQL already holds all of it.");
            return 0;
        }

        await output.WriteLineAsync($"{report.Conflicts.Count} conflict(s): PostgreSQL holds these differently and keeps its own:");
        foreach (var conflict in report.Conflicts) await output.WriteLineAsync($"  {conflict}");
        return ConflictExitCode;
    }

    private static async Task<int> FailAsync(TextWriter errors, string message)
    {
        await errors.WriteLineAsync($"Store copy failed: {message}");
        return StartupFailure.ExitCode;
    }
}
