// wipe-graph: deletes every node and relationship. For tests and `kg reset`. No parameters.
MATCH (n)
DETACH DELETE n
