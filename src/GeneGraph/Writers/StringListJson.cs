using System.Text.Json.Serialization;

namespace GeneGraph.Writers;

/// <summary>
/// The serializer of <see cref="ValueText.JsonList"/>, generated at build time: no reflection, so it works in the
/// ahead-of-time compiled CLI as in the JIT one.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StringListJson : JsonSerializerContext;
