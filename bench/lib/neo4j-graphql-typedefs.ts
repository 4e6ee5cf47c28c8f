/**
 * Type definitions for @neo4j/graphql over OUR graph (cypher/README.md): the labels, properties
 * and relationships the benchmarked questions need, nothing custom (no @cypher fields), so the
 * comparison is with what the library generates from a plain model.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Statement
    @node
    @fulltext(indexes: [{ indexName: "statement_text", fields: ["searchText"], queryName: "statementsByText" }]) {
    id: ID!
    text: String
    searchText: String
    stance: String
    date: Date
    documentId: String
    start: Int
    end: Int
    attribution: String
    by: [Actor!]! @relationship(type: "BY", direction: OUT)
    resolvedTo: [Actor!]! @relationship(type: "RESOLVED_TO", direction: OUT)
    about: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Actor @node @fulltext(indexes: [{ indexName: "actor_names", fields: ["searchText"], queryName: "actorsByName" }]) {
    id: ID!
    name: String
    kind: String
    searchText: String
    statements: [Statement!]! @relationship(type: "BY", direction: IN)
  }

  type Topic @node @fulltext(indexes: [{ indexName: "topic_names", fields: ["searchText"], queryName: "topicsByName" }]) {
    id: ID!
    label: String
    aliases: [String!]
    searchText: String
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN)
    narrower: [Topic!]! @relationship(type: "BROADER", direction: IN)
  }
`;
