namespace Odp.Benchmarks.Catalog;

/// <summary>What one child process measured for one catalog size.</summary>
public sealed record CatalogSizeResult(
    int Datasets,
    double BuildSeconds,
    double BuildCpuSeconds,
    double IndexSeconds,
    double IndexCpuSeconds,
    long IndexBytes,
    long PeakRssBytes,
    int Queries,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double CpuP50Ms,
    double CpuP99Ms,
    double CpuMsPerQuery,
    double MeanHits,
    double LoadAverage,
    double P99WhileMergingMs,
    double MergedSeconds,
    int Segments);
