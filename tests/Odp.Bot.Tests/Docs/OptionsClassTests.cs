using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Bot.Tests.Docs;

/// <summary>How settings are found in an options class: nested options and maps of nested options (e.g. per backend).</summary>
public sealed class OptionsClassTests
{
    [Fact]
    public void Settings_NestedAndMappedOptions_AreListedWithTheirKeys()
    {
        var keys = Sample.Settings().Select(p => p.Key).ToList();

        Assert.Equal(["Odp:Sample:Name", "Odp:Sample:Inner:Flag", "Odp:Sample:Backends:<backend>:Retries", "Odp:Sample:Tags"], keys);
    }

    [Fact]
    public void GetAndSet_ThroughAMap_UseAnEntry()
    {
        var retries = Sample.Settings().Single(p => p.Key.EndsWith(":Retries", StringComparison.Ordinal));
        var options = new SampleOptions();

        Assert.Equal(2, retries.Get(options));
        retries.Set(options, 5L);

        Assert.Equal(5, Assert.Single(options.Backends).Value.Retries);
    }

    private static OptionsClass Sample => new(typeof(SampleOptions), SampleOptions.Section);

    private sealed class SampleOptions
    {
        public const string Section = "Odp:Sample";

        [Setting("A name.")]
        public string Name { get; set; } = "";

        public SampleInner Inner { get; set; } = new();

        [Setting("Per backend.", Key = "backend")]
        public Dictionary<string, SampleBackend> Backends { get; set; } = [];

        [Setting("Tags.", Key = "tag")]
        public Dictionary<string, string> Tags { get; set; } = [];

        public bool Computed => Name.Length > 0;
    }

    private sealed class SampleInner
    {
        [Setting("A flag.")]
        public bool Flag { get; set; }
    }

    private sealed class SampleBackend
    {
        [Setting("Tries.")]
        [Range(0, 5)]
        public int Retries { get; set; } = 2;
    }
}
