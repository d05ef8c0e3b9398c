using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Bot.Cli;

/// <summary>
/// Turns a failure to start (a missing or invalid file, a bad setting, a data directory in use) into one clear line
/// on stderr and exit code 2, instead of a stack trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (Explain(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"OpenDataPlane could not start: {message}");
            return ExitCode;
        }
    }

    public static string? Explain(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Explain(a.InnerExceptions[0]),
        OptionsValidationException v => string.Join(" ", v.Failures),
        StartupException s => s.Message,
        FileNotFoundException or DirectoryNotFoundException => e.Message,
        CatalogFileException or DirectoryFileException => e.Message,
        IOException or UnauthorizedAccessException => e.Message,
        _ => null,
    };
}
