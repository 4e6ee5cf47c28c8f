/**
 * POSTs GraphQL operations to the same origin's /graphql. JSON content type (Apollo's CSRF
 * prevention accepts it; a "simple" request would be refused). Errors become one readable Error.
 */
export class ApiError extends Error {
  constructor(message: string, readonly codes: string[] = []) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * `apiKey` (mutations) goes in the Authorization header of this one request: never in the URL,
 * never stored by this module.
 */
export async function graphql<T>(operationName: string, query: string, variables: Record<string, unknown> = {}, apiKey: string | null = null): Promise<T> {
  let response: Response;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The server cannot be reached (${error instanceof Error ? error.message : String(error)})`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL response`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(
      body.errors.map((error) => error.message).join("; "),
      body.errors.map((error) => error.extensions?.code ?? "UNKNOWN"),
    );
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`);
  return body.data;
}
