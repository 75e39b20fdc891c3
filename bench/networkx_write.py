#!/usr/bin/env python3
"""networkx write_graphml of the graph of a GeneGraph JSON export; times only the write.

usage: networkx_write.py <export.json> <out.graphml> [repeats]
Builds a MultiDiGraph with the same nodes, edges and properties (lists such as `sources` joined with '|', as
GraphML has no list type), then times nx.write_graphml (repeats runs after one unmeasured warm-up) and prints
"nodes N edges M runs a,b,c median X".
"""
import json
import sys
import time

import networkx as nx


def scalar(value):
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return value


def main():
    source, target = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    graph = nx.MultiDiGraph()
    for node in data["nodes"]:
        attrs = {k: scalar(v) for k, v in node["properties"].items()}
        attrs["labels"] = ":" + node["label"]
        attrs["id"] = node["key"]
        attrs["sources"] = "|".join(f'{s["path"]}:{s["line"]}' for s in node["sources"])
        graph.add_node(node["id"], **attrs)
    for edge in data["edges"]:
        attrs = {k: scalar(v) for k, v in edge["properties"].items()}
        attrs["label"] = edge["type"]
        attrs["sources"] = "|".join(f'{s["path"]}:{s["line"]}' for s in edge["sources"])
        graph.add_edge(edge["source"], edge["target"], key=edge["id"], **attrs)
    times = []
    for i in range(repeats + 1):
        start = time.perf_counter()
        nx.write_graphml(graph, target)
        if i > 0:
            times.append(time.perf_counter() - start)
    times.sort()
    print(f"nodes {graph.number_of_nodes()} edges {graph.number_of_edges()} runs "
          f"{','.join(f'{t:.4f}' for t in times)} median {times[len(times) // 2]:.4f}")


if __name__ == "__main__":
    main()
