namespace GeneGraph.Schema;

/// <summary>
/// The fixed set of node labels. Labels written to Neo4j, GraphML or CSV come only from here, never from note text;
/// each label's key and properties are declared in <see cref="Schema.GraphSchema"/>.
/// </summary>
public enum NodeLabel
{
    Gene,
    Locus,
    Trait,
    Pathway,
    Disease,
    Paper,
    GoTerm,
}
