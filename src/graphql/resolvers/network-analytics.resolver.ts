/** Networks of any kind with measures, moving time windows, and exports as file text (docs/analytics.md). */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../errors/app-error.js";
import type { NetworkKind } from "../../analytics/networks.js";
import { exportFile, type ExportFormat } from "../../export/export-file.js";
import type { GraphQLContext } from "../context.js";
import { NetworkFilter } from "../inputs/network-filter.input.js";
import { NetworkOptionsInput, PeriodInput, toNetworkOptions } from "../inputs/network-options.input.js";
import { Network } from "../types/network.type.js";
import { ExportFileType, ExportFormatEnum, NetworkKindEnum, NetworkWindowType } from "../types/network-measures.type.js";
import { networkDetail, toFilter } from "./analysis.resolver.js";

@Resolver()
export class NetworkAnalyticsResolver {
  @Query(() => Network, { description: "A network of the given kind with the given measures (one query, whatever its size). See docs/analytics.md." })
  async network(
    @Arg("kind", () => NetworkKindEnum, { description: "Which network." }) kind: NetworkKind,
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured; the default network when left out." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.repositories.analysis.network(kind, toFilter(filter), toNetworkOptions(options), networkDetail(info));
  }

  @Query(() => [NetworkWindowType], {
    description:
      "One network per moving time window: window i covers `window` from start_i = (filter.from or the earliest statement date) + i * `step`, while start_i <= (filter.to or the latest date). Each equals the single network with filter {from: start, to: end}; statements without a date are in no window. At most 1000 windows.",
  })
  async networkWindows(
    @Arg("kind", () => NetworkKindEnum, { description: "Which network." }) kind: NetworkKind,
    @Arg("window", () => PeriodInput, { description: "Length of each window." }) window: PeriodInput,
    @Arg("step", () => PeriodInput, { description: "Distance between the starts of consecutive windows (equal to `window` for windows that tile)." }) step: PeriodInput,
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How each network is measured." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.repositories.analysis.networkWindows(kind, toFilter(filter), toNetworkOptions(options), window, step);
  }

  @Query(() => ExportFileType, {
    description:
      "A network (or, with `window` and `step`, its time windows) as a file for Gephi, visone, networkx or rDNA: GraphML, GEXF (dynamic with windows), CSV nodes / edges, or the statement-level CSV. One query.",
  })
  async exportNetwork(
    @Arg("kind", () => NetworkKindEnum, { description: "Which network." }) kind: NetworkKind,
    @Arg("format", () => ExportFormatEnum, { description: "File format." }) format: ExportFormat,
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured." }) options: NetworkOptionsInput | null,
    @Arg("window", () => PeriodInput, { nullable: true, description: "With `step`: export the time windows (GEXF or EDGES_CSV only)." }) window: PeriodInput | null,
    @Arg("step", () => PeriodInput, { nullable: true, description: "With `window`: distance between window starts." }) step: PeriodInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const analysisFilter = toFilter(filter);
    const measured = toNetworkOptions(options);
    const description = `${kind} network; filter ${JSON.stringify(analysisFilter)}; options ${JSON.stringify(measured)}`;
    if (format === "statements-csv") return exportFile(kind, format, { statements: await ctx.repositories.analysis.statementRows(analysisFilter, "actor-topic") });
    if ((window == null) !== (step == null)) throw new BadUserInputError("window and step go together");
    if (window && step) {
      if (format !== "gexf" && format !== "edges-csv") throw new BadUserInputError("time windows export as GEXF or EDGES_CSV");
      return exportFile(kind, format, { windows: await ctx.repositories.analysis.networkWindows(kind, analysisFilter, measured, window, step) }, description);
    }
    return exportFile(kind, format, { network: await ctx.repositories.analysis.network(kind, analysisFilter, measured) }, description);
  }
}
