using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Odp.Benchmarks.Load;

/// <summary>
/// The load from <c>wrk</c> (C, epoll, one thread): it costs the shared CPUs far less per request than an
/// <see cref="HttpClient"/> loop, so the servers, not the client, set the figures. The signed requests are handed to it
/// as a Lua script and sent round-robin over <c>N</c> keep-alive connections, closed loop. One run warms up and is
/// thrown away; the next is measured, with the server's CPU time sampled around it.
/// </summary>
public sealed partial class WrkLoad(AckSettings settings)
{
    public const string Program = "wrk";

    /// <summary>Null when wrk can run; otherwise why not.</summary>
    public static string? WhyNot()
    {
        try
        {
            using var wrk = Process.Start(new ProcessStartInfo(Program, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            wrk?.WaitForExit();
            return null; // wrk --version exits 1 after printing its version
        }
        catch (Win32Exception e)
        {
            return $"wrk is not on the PATH ({e.Message}); run.sh installs it with apt";
        }
    }

    public async Task<LoadResult> RunAsync(string target, SignedCommands commands, Func<TimeSpan>? serverCpu = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"odp-bench-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, commands.ToWrkScript());
        try
        {
            if (settings.Warmup > TimeSpan.Zero) await RunWrkAsync(commands.Url, script, settings.Warmup, settings.Concurrency);
            var before = serverCpu?.Invoke();
            var output = await RunWrkAsync(commands.Url, script, settings.Measure, settings.Concurrency);
            var used = serverCpu?.Invoke() - before;
            return Parse(target, output, settings.Measure) is { } result
                ? result with { ServerCpuMicroseconds = used is { } cpu && result.Requests > 0 ? cpu.TotalMicroseconds / result.Requests : null }
                : LoadResult.NotMeasured(target, "wrk printed no figures: " + output.ReplaceLineEndings(" "));
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>One wrk run (one thread, <paramref name="concurrency"/> connections); returns what it printed.</summary>
    /// <param name="extra">More wrk options (before the URL), e.g. <c>--timeout 3s</c>.</param>
    /// <param name="scriptArgs">Passed to the script's <c>init(args)</c> as args[1]… (none may start with '-').</param>
    public static async Task<string> RunWrkAsync(
        Uri url, string script, TimeSpan duration, int concurrency, IEnumerable<string>? extra = null, IEnumerable<string>? scriptArgs = null)
    {
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args = ["-t1", $"-c{concurrency}", $"-d{seconds}s", "--latency", "-s", script, .. extra ?? [], url.GetLeftPart(UriPartial.Authority)];
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var arg in scriptArgs ?? []) info.ArgumentList.Add(arg); // wrk hands what follows the URL to the script
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
        var stdout = wrk.StandardOutput.ReadToEndAsync();
        var stderr = wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return await stdout + await stderr;
    }

    /// <summary>Reads wrk's report: the request count, the 50% and 99% latencies, non-2xx answers and socket errors.</summary>
    public static LoadResult? Parse(string target, string output, TimeSpan measured)
    {
        var requests = RequestsLine().Match(output);
        if (!requests.Success) return null;
        var total = long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrors().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;
        var ok = total - non2xx;
        var seconds = double.Parse(requests.Groups[2].Value, CultureInfo.InvariantCulture);
        return new LoadResult(target, ok / seconds, Percentile(output, "50"), Percentile(output, "99"), ok, non2xx + socketErrors, total,
            seconds < measured.TotalSeconds * 0.9 ? $"wrk ran {seconds:0.0} s" : null);
    }

    private static double Percentile(string output, string p)
    {
        var m = Regex.Match(output, $@"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success) return double.NaN;
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"(\d+) requests in ([\d.]+)s")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
