using System.CommandLine;
using System.Globalization;

namespace TwinVal.Cli.Commands;

/// <summary>Range checks of option values that never throw, whatever the user typed.</summary>
internal static class OptionChecks
{
    /// <summary>
    /// Adds a validator reporting <paramref name="message"/> when the given value fails <paramref name="valid"/>.
    /// System.CommandLine runs validators even when the text did not convert to <typeparamref name="T"/>, and reading
    /// the value then throws (dotnet/command-line-api#2645); the parser reports that conversion error itself, so the
    /// check parses the token on its own and leaves unconvertible text alone. Defaults (no token) are not checked.
    /// </summary>
    public static void Require<T>(Option<T> option, Func<T, bool> valid, string message)
        where T : ISpanParsable<T>
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && T.TryParse(result.Tokens[^1].Value, CultureInfo.InvariantCulture, out var value)
                && !valid(value))
            {
                result.AddError(message);
            }
        });
    }
}
