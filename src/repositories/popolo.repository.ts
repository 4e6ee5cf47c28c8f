/** The people, offices, organisations and tenures of the graph, for a Popolo export (src/export/popolo.ts). */
import type { PopoloInput } from "../export/popolo.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import { asList, asProps, toActor, toTenure } from "./record-mappers.js";

export class PopoloRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  async read(): Promise<PopoloInput> {
    const [row] = await this.db.read("read-popolo", {}, this.options);
    const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
    return {
      actors: asList(row?.actors).map((entry) => {
        const props = asProps(entry.actor);
        return {
          ...toActor(props),
          source: text(props.source),
          existsFrom: text(props.existsFrom),
          existsTo: text(props.existsTo),
          partOf: Array.isArray(entry.partOf) ? entry.partOf.map(String) : [],
        };
      }),
      tenures: asList(row?.tenures).map((entry) => ({ ...toTenure(asProps(entry.person), asProps(entry.office), asProps(entry.held)), key: text(asProps(entry.held).key) })),
    };
  }
}
