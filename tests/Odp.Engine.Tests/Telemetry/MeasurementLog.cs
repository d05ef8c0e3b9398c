using System.Diagnostics.Metrics;

namespace Odp.Engine.Tests.Telemetry;

/// <summary>Listens to one <see cref="Meter"/> (not others of the same name) and keeps every measurement with its tags.</summary>
internal sealed class MeasurementLog : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = [];

    public MeasurementLog(Meter meter)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();
    }

    /// <summary>Runs the observable instruments' callbacks (what a scrape does).</summary>
    public void Observe() => listener.RecordObservableInstruments();

    public IReadOnlyList<(double Value, Dictionary<string, object?> Tags)> Of(string instrument)
    {
        lock (measurements) return [.. measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags))];
    }

    public void Clear()
    {
        lock (measurements) measurements.Clear();
    }

    public void Dispose() => listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, tag) in tags) copy[key] = tag;
        lock (measurements) measurements.Add((instrument.Name, value, copy));
    }
}
