"""Independent reader for the export tests: parses a GraphML or GEXF file with networkx and prints
nodes and edges (with their attributes) as JSON. Run with Debian's /usr/bin/python3 (python3-networkx)."""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
print(
    json.dumps(
        {
            "multigraph": graph.is_multigraph(),
            "directed": graph.is_directed(),
            "nodes": {str(n): d for n, d in graph.nodes(data=True)},
            "edges": [[str(u), str(v), d] for u, v, d in graph.edges(data=True)],
        },
        default=str,
    )
)
