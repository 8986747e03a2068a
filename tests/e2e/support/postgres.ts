/**
 * PostgreSQL for the e2e fault tests: a fresh database per test on the server
 * TEST_DATABASE_URL names (like app/db/testing/test-database.ts does for the
 * integration tests), and a TCP proxy between the app and that server that a
 * test can cut and restore, to play "the database is gone" without stopping
 * the shared server.
 *
 * Must not import vitest (plain support module).
 */
import crypto from "node:crypto";
import net from "node:net";
import pg from "pg";

/** The PostgreSQL server for tests, or undefined (then the PostgreSQL variants are skipped). */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export interface ServerDatabase {
  /** URL of the new, empty database. */
  url: string;
  /** Drops the database (also when a process still holds connections). */
  drop(): Promise<void>;
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `zicht_e2e_<random>` on the server `serverUrl` names. */
export async function createServerDatabase(serverUrl: string): Promise<ServerDatabase> {
  const name = `zicht_e2e_${crypto.randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)),
  };
}

/** The same URL with another host and port (the proxy's). */
export function viaProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = "127.0.0.1";
  parsed.port = String(port);
  return parsed.toString();
}

export interface TcpProxy {
  port: number;
  /** Stops listening and destroys every open connection: to the app, the database is gone. */
  cut(): Promise<void>;
  /** Listens again on the same port: the database is back. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 (a free port) to the host and port of `url`. */
export async function startTcpProxy(url: string): Promise<TcpProxy> {
  const target = new URL(url);
  const targetHost = target.hostname;
  const targetPort = Number(target.port || 5432);
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const stop = async () => {
    const closed = server.listening
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    port,
    cut: stop,
    restore: () => listen(port),
    close: stop,
  };
}
