import pino from "pino";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../app/config.server";
import { createTestDatabase, testEngineLabel, type TestDatabase } from "../app/db/testing/test-database";
import { listenOnFreePort, type ListeningApp } from "./testing";
import { createHttpApp } from "./http";

/**
 * Paths reach React Router as they were sent. With a route pattern
 * (`app.all("/{*splat}")`) Express decoded the path first, and a malformed
 * escape (`/api/hsds/services/%ZZ`) became Express's own HTML 400 page,
 * without the API's JSON and CORS. The build here is the smallest that
 * React Router serves: one splat resource route that echoes the path.
 */
describe(`HTTP server: malformed escapes reach the app, on ${testEngineLabel}`, () => {
  let database: TestDatabase;
  let server: ListeningApp | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const build = {
      entry: { module: { default: () => new Response("document") } },
      routes: {
        root: { id: "root", path: "", module: {} },
        splat: {
          id: "splat",
          parentId: "root",
          path: "*",
          module: {
            loader: ({ request }: { request: Request }) =>
              new Response(`gezien ${new URL(request.url).pathname}`),
          },
        },
      },
      assets: { entry: { module: "", imports: [] }, routes: {}, url: "", version: "1" },
      publicPath: "/",
      assetsBuildDirectory: "/tmp",
      future: {},
      ssr: true,
      isSpaMode: false,
      prerender: [],
      routeDiscovery: { mode: "initial" },
    } as unknown as ServerBuild;
    const app = createHttpApp({
      config: parseConfig({
        NODE_ENV: "production",
        LOG_LEVEL: "silent",
        ZICHT_SECRET_KEY: "http-paths-test-key-http-paths-test-key",
      }),
      db: database.db,
      logger: pino({ level: "silent" }),
      build,
      isShuttingDown: () => false,
    });
    server = await listenOnFreePort(app);
    baseUrl = server.baseUrl;
  });

  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it.each(["/api/hsds/services/%ZZ", "/api/hsds/services/%E0%A4%A", "/kennisbank/%zz", "/gewoon/pad"])(
    "hands %s to the app undecoded",
    async (target) => {
      // React Router warns about the malformed segment on the console; that is expected here.
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const response = await fetch(`${baseUrl}${target}`);
      warn.mockRestore();
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(`gezien ${target}`);
    },
  );
});
