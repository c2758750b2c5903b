using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Reads a YAML document into a <see cref="JsonNode"/> for schema validation, recording where every node came from.
/// Plain scalars follow the YAML 1.2 core schema; quoted and block scalars are strings.
/// </summary>
internal static class YamlJsonConverter
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>
    /// Converts <paramref name="text"/>; returns null when the YAML itself is malformed. Problems (syntax errors with
    /// YamlDotNet's position, non-finite numbers, non-scalar keys) go to <paramref name="problems"/>, whose source map
    /// is filled in.
    /// </summary>
    public static JsonNode? Convert(string text, ProblemList problems)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            // YamlDotNet's marks are 1-based; its message repeats the position, so only the reason is kept.
            var reason = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            problems.Add(new Problem(problems.File, (int)ex.Start.Line, (int)ex.Start.Column, null, $"malformed YAML: {StripPosition(reason)}"));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // Some malformed inputs (an unclosed flow collection at the end) escape YamlDotNet as a state error;
            // the scanner's position is where reading stopped.
            var at = scanner.CurrentPosition;
            problems.Add(new Problem(problems.File, (int)at.Line, (int)at.Column, null, $"malformed YAML: {ex.Message} (an unclosed bracket, brace or quote?)"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add(new Problem(problems.File, 1, 1, null, "the file is empty; expected a YAML mapping with the case fields"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            problems.Add(new Problem(problems.File, (int)second.Line, (int)second.Column, null, "expected one YAML document, found several ('---' separators)"));
            return null;
        }

        return ToJson(stream.Documents[0].RootNode, string.Empty, problems);
    }

    private static JsonNode? ToJson(YamlNode node, string pointer, ProblemList problems)
    {
        problems.Map.AddValue(pointer, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        problems.Add(new Problem(problems.File, (int)key.Start.Line, (int)key.Start.Column, SourceMap.FieldName(pointer), "expected a plain field name as mapping key"));
                        continue;
                    }

                    var child = SourceMap.Child(pointer, name);
                    problems.Map.AddKey(child, (int)key.Start.Line, (int)key.Start.Column);
                    obj[name] = ToJson(value, child, problems);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(ToJson(sequence.Children[i], SourceMap.Child(pointer, i), problems));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar, pointer, problems);
            default:
                problems.At(pointer, "unsupported YAML node", preferValue: true);
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar, string pointer, ProblemList problems)
    {
        var text = scalar.Value ?? string.Empty;
        var quoted = scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any);
        if (quoted || (!scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag))
        {
            return JsonValue.Create(text);
        }

        var kind = CoreSchemaScalar.Resolve(text, out var json);
        if (kind == CoreSchemaScalar.Kind.NonFinite)
        {
            problems.At(pointer, $"'{text}' is not a finite number; case files accept finite numbers only", preferValue: true);
            return JsonValue.Create(text);
        }

        return kind == CoreSchemaScalar.Kind.String ? JsonValue.Create(text) : json;
    }

    private static string StripPosition(string message)
    {
        // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): While scanning ..." → "While scanning ..."
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && index >= 0 ? message[(index + 3)..] : message;
    }
}
