namespace Odp.Bot.Tests.Fakes;

/// <summary>Vendor fixtures copied from the shared reference pack into tests/Odp.Bot.Tests/Fixtures.</summary>
public static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
