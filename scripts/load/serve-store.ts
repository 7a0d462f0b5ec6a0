/**
 * The database two replicas share in the load run: PGlite served over PostgreSQL's wire protocol, in a
 * process of its own so its queries do not share the load generator's event loop. The replicas reach
 * it through `DATABASE_URL`, with the `pg` driver, as they would a PostgreSQL server.
 * Usage (started by scripts/load.ts): serve-store.ts
 */
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { ServerCommand, ServerMessage } from "./protocol.ts";

/** A port nothing listens on right now: the socket server takes a port number, not 0. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

const db = await PGlite.create();
const port = await freePort();
const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
await server.start();
process.send?.({ type: "ready", port } satisfies ServerMessage);

process.on("message", async (command: ServerCommand) => {
  if (command.type !== "stop") return;
  await server.stop();
  await db.close();
  process.send?.({ type: "stopped" } satisfies ServerMessage);
  process.disconnect();
});
