import type { Store } from "../../../adapters/store/store.ts";

/** A store whose every call fails, like a database server that went away. */
export function brokenStore(): Store {
  const refused = () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
  return { description: "broken", query: refused, transaction: refused, close: async () => {} };
}
