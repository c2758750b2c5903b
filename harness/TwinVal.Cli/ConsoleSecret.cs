using System.Text;

namespace TwinVal.Cli;

/// <summary>Reads a secret from the terminal without echoing it.</summary>
internal static class ConsoleSecret
{
    /// <summary>Writes <paramref name="prompt"/> to standard error and reads a line without echo.</summary>
    public static string? Read(string prompt)
    {
        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
