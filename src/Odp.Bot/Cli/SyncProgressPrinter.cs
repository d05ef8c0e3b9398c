using Odp.Engine.Catalog.Sync;

namespace Odp.Bot.Cli;

/// <summary>
/// Shows a sync's progress: on a terminal one line redrawn with <c>\r</c> (a bar while writing); when redirected,
/// plain lines — one per step and one every <see cref="LineEvery"/> items — so logs stay readable.
/// Reports arrive on the sync's thread, in order.
/// </summary>
public sealed class SyncProgressPrinter(TextWriter output, bool terminal) : IProgress<SyncProgress>
{
    public const int LineEvery = 500;
    private const int BarWidth = 30;

    private string? step;
    private int lastWidth;

    public void Report(SyncProgress value)
    {
        var newStep = value.Step != step;
        var text = Describe(value);
        if (terminal)
        {
            if (newStep && step is not null) output.WriteLine();
            output.Write("\r" + text.PadRight(lastWidth));
            lastWidth = text.Length;
        }
        else if (newStep || value.Done % LineEvery == 0 || (value.Total > 0 && value.Done == value.Total))
        {
            output.WriteLine(text);
        }
        step = value.Step;
    }

    /// <summary>Ends the progress line on a terminal, before the summary.</summary>
    public void Finish()
    {
        if (terminal && step is not null) output.WriteLine();
    }

    private static string Describe(SyncProgress value)
    {
        var skipped = value.Skipped > 0 ? $" ({value.Skipped} malformed skipped)" : "";
        if (value.Total <= 0) return $"{value.Step}: {value.Done}{skipped}";
        var filled = (int)Math.Round(BarWidth * (double)value.Done / value.Total);
        return $"{value.Step}: [{new string('#', filled)}{new string('-', BarWidth - filled)}] {value.Done}/{value.Total}{skipped}";
    }
}
