namespace Odp.Benchmarks.Catalog;

/// <summary>Reads <c>--name value</c> pairs of a catalog mode's arguments.</summary>
public static class ModeArgs
{
    /// <summary>The value after <paramref name="name"/>, else <paramref name="fallback"/>; without either the mode cannot run.</summary>
    public static string Value(string[] args, string mode, string name, string? fallback = null)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback ?? throw new ArgumentException($"{mode} needs {name}.");
    }
}
