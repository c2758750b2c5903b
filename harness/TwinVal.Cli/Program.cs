using TwinVal.Cli;

return await CliApplication.RunAsync(args, CliContext.FromConsole());
