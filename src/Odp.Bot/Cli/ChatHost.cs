using Odp.Bot.Hosting;
using Odp.Bot.Platforms.Terminal;
using Odp.Bot.Conversation;
using Odp.Engine.Hosting;

namespace Odp.Bot.Cli;

/// <summary><c>chat</c>: the engine, its workers and the terminal platform, talking over stdin and stdout.</summary>
public static class ChatHost
{
    public static async Task<int> RunAsync(HostOptions options, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = OdpDefaults.Embedded() });
        builder.Configuration.AddInMemoryCollection(OdpDefaults.Overrides(options.Data, options.Catalog, options.Directory));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // start failures are reported once, by StartupFailure
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddOdpEngine(builder.Configuration).AddOdpWorkers().AddOdpConversation();
        builder.Services.AddChatOptions(builder.Configuration);
        builder.Services.AddSingleton(sp => new TerminalChannel(Console.Out, sp.GetRequiredService<Cards.Terminal.TerminalCardRenderer>()));
        builder.Services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TerminalChannel>());
        builder.Services.AddSingleton<LocalChat>();

        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var chat = host.Services.GetRequiredService<LocalChat>();
            return await chat.RunAsync(
                Console.In, Console.Out, interactive: !Console.IsInputRedirected, progressLine: !Console.IsOutputRedirected, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
