import { Field, Int, ObjectType } from "type-graphql";
import { Statement } from "./statement.type.js";

@ObjectType("PageInfo", { simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more results follow the last edge." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page was requested after a cursor." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}

@ObjectType("StatementEdge", { simpleResolvers: true, description: "A statement with its cursor." })
export class StatementEdge {
  @Field(() => String, { description: "Opaque cursor of this statement in the ordering." })
  cursor!: string;

  @Field(() => Statement, { description: "The statement." })
  node!: Statement;
}

@ObjectType("StatementConnection", { simpleResolvers: true, description: "A page of statements (Relay connection)." })
export class StatementConnection {
  @Field(() => [StatementEdge], { description: "The statements of this page with their cursors." })
  edges!: StatementEdge[];

  @Field(() => PageInfo, { description: "Where this page is in the whole result." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of statements matching the filter, over all pages." })
  totalCount!: number;
}
