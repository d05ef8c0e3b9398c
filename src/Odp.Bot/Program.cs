using Odp.Bot.Cli;

return await OdpCommandLine.Build().Parse(args).InvokeAsync();
