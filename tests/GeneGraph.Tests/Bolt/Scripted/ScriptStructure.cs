namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>A PackStream structure as the scripted server sees it: a signature byte and its fields.</summary>
internal sealed record ScriptStructure(byte Signature, IReadOnlyList<object?> Fields);
