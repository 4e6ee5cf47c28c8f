/**
 * Child process of bench/http-floor.ts: three servers that answer a GraphQL request of the size our
 * API answers without any database, each one layer more than the last, so the benchmark can show
 * what HTTP, graphql-js and Apollo cost per request before any of our code or the driver runs:
 *   bare      node:http returns a fixed JSON body;
 *   graphqljs node:http + graphql-js execute() of a parsed-once document over an in-memory list;
 *   apollo    Apollo Server 5's standalone server over the same schema, configured as our API's
 *             (parse and validation cached by Apollo, no cache hints).
 * Prints one JSON line {"bare": url, "graphqljs": url, "apollo": url} when ready; stops on SIGTERM.
 *
 *   tsx bench/lib/floor-servers.ts ITEMS
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSchema, execute, parse, type DocumentNode } from "graphql";

const itemCount = Number(process.argv[2] ?? 10);
const schema = buildSchema(`type Item { id: ID! text: String! score: Float! } type Query { items(first: Int!): [Item!]! }`);
const items = Array.from({ length: itemCount }, (_, index) => ({
  id: `statement:fictional-${index}`,
  text: `Fictieve uitspraak nummer ${index} over witwassen en ondermijning in een fictieve regio.`,
  score: 1 / (index + 1),
}));
const rootValue = { items: ({ first }: { first: number }) => items.slice(0, first) };

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)));
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: http.ServerResponse, body: string): void {
  response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

async function main(): Promise<void> {
  const fixed = JSON.stringify({ data: { items: items } });
  const bare = http.createServer((request, response) => void readBody(request).then(() => send(response, fixed)));

  const documents = new Map<string, DocumentNode>();
  const graphqljs = http.createServer((request, response) =>
    void readBody(request).then(async (text) => {
      const { query, variables } = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
      let document = documents.get(query);
      if (!document) documents.set(query, (document = parse(query)));
      send(response, JSON.stringify(await execute({ schema, document, rootValue, variableValues: variables })));
    }),
  );

  // Configured as our API's (src/graphql/api-server.ts): no cache hints, no landing page.
  const apollo = new ApolloServer({ schema, rootValue, plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()] });
  const { url: apolloUrl } = await startStandaloneServer(apollo, { listen: { port: 0, host: "127.0.0.1" } });

  const urls = { bare: await listen(bare), graphqljs: await listen(graphqljs), apollo: apolloUrl };
  process.stdout.write(`${JSON.stringify(urls)}\n`);
  const stop = async () => {
    await Promise.allSettled([apollo.stop(), new Promise((resolve) => bare.close(resolve)), new Promise((resolve) => graphqljs.close(resolve))]);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
