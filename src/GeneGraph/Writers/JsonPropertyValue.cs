using System.Text.Json;

namespace GeneGraph.Writers;

/// <summary>A property value as JSON, shared by the JSON and Cytoscape.js writers: numbers stay numbers, lists arrays.</summary>
internal static class JsonPropertyValue
{
    /// <summary>The object <paramref name="name"/> holding every (name, value) of <paramref name="properties"/>, in their order.</summary>
    public static void WriteObject(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, object>> properties)
    {
        json.WriteStartObject(name);
        foreach (var (property, value) in properties)
        {
            json.WritePropertyName(property);
            Write(json, value);
        }
        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteStringValue(s);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                json.WriteRawValue(ValueText.Double(d));
                break;
            case double d:
                json.WriteStringValue(ValueText.Double(d)); // JSON has no NaN or infinity
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value));
        }
    }
}
