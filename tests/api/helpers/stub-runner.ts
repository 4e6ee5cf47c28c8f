/** A database stand-in for error tests: every query fails (or returns nothing) as told. */
import type { QueryOptions } from "../../../src/db/database.js";
import type { QueryRunner } from "../../../src/repositories/repositories.js";

export function stubRunner(behaviour: { fail?: () => Error; seen?: QueryOptions[] } = {}): QueryRunner {
  const answer = async (options?: QueryOptions) => {
    behaviour.seen?.push(options ?? {});
    if (behaviour.fail) throw behaviour.fail();
    return [];
  };
  return {
    read: (_name, _params, options) => answer(options),
    write: (_name, _params, options) => answer(options),
    readTransaction: async (work, options) => {
      await answer(options);
      return work({ run: async () => [] });
    },
    writeTransaction: async (work, options) => {
      await answer(options);
      return work({ run: async () => [] });
    },
  };
}
