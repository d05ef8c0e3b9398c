namespace Odp.Bot.Tests.Docs;

/// <summary>One host composition for all of <see cref="SettingBoundsTests"/>; its data folder is never written.</summary>
public sealed class ValidatorsFixture : IAsyncDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-settings-" + Guid.NewGuid().ToString("N"));

    public ValidatorsFixture() => Validators = new OptionsValidators(data);

    internal OptionsValidators Validators { get; }

    public async ValueTask DisposeAsync()
    {
        await Validators.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
