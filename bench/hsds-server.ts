/**
 * The HSDS API alone behind node:http, for the directory benchmark: the
 * same handler the React Router route calls, without the page framework, in
 * its own process. Prints `{"port": n}` once listening; stops on SIGTERM.
 *
 *   BENCH_DATABASE_URL=postgres://… node --import tsx bench/hsds-server.ts
 *   BENCH_DATA_DIR=/tmp/… node --import tsx bench/hsds-server.ts   (PGlite)
 */
import http from "node:http";
import { openDatabase } from "../app/db/connection.server";
import { handleHsdsRequest } from "../app/modules/directory/hsds-api.server";

const url = process.env.BENCH_SERVER_DATABASE_URL;
const dataDir = process.env.BENCH_SERVER_DATA_DIR;
if (!url && !dataDir) {
  process.stderr.write("hsds-server: zet BENCH_SERVER_DATABASE_URL of BENCH_SERVER_DATA_DIR.\n");
  process.exit(2);
}
const handle = await openDatabase(
  url ? { kind: "postgres", url, poolMax: 10 } : { kind: "pglite", dataDir: dataDir as string },
);

const server = http.createServer((req, res) => {
  const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, { method: req.method });
  handleHsdsRequest(handle.db, request, { publicUrl: "http://127.0.0.1" })
    .then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        "Content-Length": body.length,
      });
      res.end(body);
    })
    .catch((error: unknown) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(error instanceof Error ? error.message : String(error));
    });
});
server.keepAliveTimeout = 5000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => {
    void handle.close().then(() => process.exit(0));
  });
});
