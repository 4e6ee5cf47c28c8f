/**
 * GraphiQL for browsers, served offline: @graphql-yoga/render-graphiql inlines the whole built
 * GraphiQL (scripts, styles, editor workers as blobs) into one HTML page, so the page loads
 * nothing from another host. Rendered once and kept.
 */
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

let page: string | undefined;

export function graphiqlPage(endpoint: string): string {
  page ??= renderGraphiQL({
    endpoint,
    title: "stance-graph GraphiQL",
    defaultQuery: "# Example: what did the regioburgemeesters say about cybercrime?\n{\n  statements(filter: { actors: [\"group:regioburgemeesters\"], topics: [\"cybercrime\"] }) {\n    totalCount\n    edges { node { text stance date speakers { name } } }\n  }\n}\n",
    // The yoga page defaults to SSE subscriptions; this server has none.
    subscriptionsProtocol: "SSE",
  });
  return page;
}

/** True for a browser navigation (Accept prefers HTML), as opposed to a GraphQL client's GET. */
export function wantsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = accept.indexOf("text/html");
  if (html === -1) return false;
  const json = accept.search(/application\/(graphql-response\+)?json/);
  return json === -1 || html < json;
}
