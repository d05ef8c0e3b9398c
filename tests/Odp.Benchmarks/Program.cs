using Odp.Benchmarks;
using Odp.Benchmarks.Catalog;
using Odp.Benchmarks.Micro;
using Odp.Benchmarks.Realistic;
using Odp.Benchmarks.Servers;

// `ack` (the default), `realistic`, `search-mix`, `micro` and `catalog` are for people; `serve-*` are how the ack benchmark starts its servers as child
// processes of itself, so that each server has its own process, GC and thread pool, like in production, and
// `catalog-size` is how `catalog` runs each catalog size in a process of its own.
var mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "ack";
var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
return mode switch
{
    "ack" => await AckBenchmark.RunAsync(AckSettings.Parse(rest)),
    "micro" => MicroBenchmarks.Run(rest),
    RealisticBenchmark.Mode => await RealisticBenchmark.RunAsync(RealisticSettings.Parse(rest)),
    SearchMix.Mode => await SearchMix.RunAsync(rest),
    "catalog" => await CatalogBenchmark.RunAsync(rest),
    CatalogSizeRun.Mode => await CatalogSizeRun.RunAsync(rest),
    CatalogQueryProbe.Mode => await CatalogQueryProbe.RunAsync(rest),
    CatalogHostileProbe.Mode => await CatalogHostileProbe.RunAsync(rest),
    OdpServer.Mode => await OdpServer.RunAsync(rest),
    KestrelServer.Mode => await KestrelServer.RunAsync(rest),
    _ => Usage(mode),
};

static int Usage(string mode)
{
    Console.Error.WriteLine($"Unknown mode '{mode}'. Use: ack [--seconds 10] [--warmup 10] [--concurrency 32] [--client wrk|http] [--targets odp,odp-uncached,kestrel,bolt] | micro [BenchmarkDotNet args] | catalog [--sizes 10000,100000] [--seed 42] [--queries 1000] | catalog-query --folder F --query 'a b|c' [--size 1000000] [--seed 42] [--repeat 200] | catalog-hostile --folder F [--size 1000000] [--seed 42] [--count 100] | {RealisticSettings.Usage} | {SearchMix.Usage}");
    return 2;
}
