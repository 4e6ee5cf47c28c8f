import { Field, ID, InterfaceType } from "type-graphql";
import { typeNameOf } from "./type-name.js";

/** Anything with a global id; `node(id)` fetches any of them. */
@InterfaceType("Node", {
  description: "An object with a global id: actors, topics, statements, meetings, agenda items, documents, events and corrections.",
  resolveType: typeNameOf,
})
export abstract class Node {
  @Field(() => ID, { description: "Global, stable id (e.g. `office:korpschef`, `topic:cybercrime`, or a content hash)." })
  id!: string;
}
