using System.CommandLine;
using GeneGraph.Cli.Commands;

var root = new RootCommand("GeneGraph: turn an Obsidian vault of gene notes into a knowledge graph for Neo4j and Cytoscape.")
{
    CheckCommand.Create(),
};
return root.Parse(args).Invoke();
