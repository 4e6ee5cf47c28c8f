// schema: constraints and indexes, applied idempotently at every start (Community edition:
// uniqueness constraints only; existence and types are checked in TypeScript before writing).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
// Full-text search. `searchText` holds the text with accents folded (done by the loader), so the
// Dutch analyzer (stemming, stop words, lower case) also makes search accent-insensitive.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch' } };
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch' } };
// Loading finds a document's agenda items, events and corrections by id when it replaces it.
CREATE INDEX agenda_item_document IF NOT EXISTS FOR (n:AgendaItem) ON (n.documentId);
CREATE INDEX event_document IF NOT EXISTS FOR (n:Event) ON (n.documentId);
CREATE INDEX correction_statement IF NOT EXISTS FOR (n:Correction) ON (n.statementId);
// Derived counts of the actor–topic network (cypher/stance-counts-refresh.cypher keeps them; read
// by read-network-actor-topic-counts per year and per month).
CREATE CONSTRAINT month_count_key IF NOT EXISTS FOR (n:MonthCount) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT year_count_key IF NOT EXISTS FOR (n:YearCount) REQUIRE n.key IS UNIQUE;
CREATE INDEX month_count_month IF NOT EXISTS FOR (n:MonthCount) ON (n.month);
CREATE INDEX year_count_year IF NOT EXISTS FOR (n:YearCount) ON (n.year);
// An actor's positions (read-actor-positions) are its YearCounts.
CREATE INDEX year_count_actor IF NOT EXISTS FOR (n:YearCount) ON (n.actorId);
