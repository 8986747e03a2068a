import type http from "node:http";
import type { AddressInfo } from "node:net";
import type express from "express";

/**
 * For tests only: an Express app listening on a free port of 127.0.0.1,
 * with its base URL and a close that also ends kept-alive connections.
 */
export interface ListeningApp {
  baseUrl: string;
  close(): Promise<void>;
}

export async function listenOnFreePort(app: express.Express): Promise<ListeningApp> {
  const server = await new Promise<http.Server>((resolve, reject) => {
    const listening = app.listen(0, "127.0.0.1", (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
