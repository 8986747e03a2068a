import crypto from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { ServerBuild } from "react-router";
import type { Config } from "../app/config.server";
import { isDatabaseReachable } from "../app/db/connection.server";
import type { Database } from "../app/db/database";
import { localeFromCookieHeader, translator } from "../app/i18n";
import { createRateLimits } from "../app/security/rate-limit.server";
import { mustNotStore } from "./private-cache";

/** Largest request body we accept (forms, API); issue-specific limits may be lower. */
export const maxBodyBytes = 1_000_000;

export interface HttpAppOptions {
  config: Config;
  db: Kysely<Database>;
  logger: Logger;
  /** The built app, or a function that loads it (Vite in development). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Folder with the built browser assets (`build/client`); absent in development. */
  clientDir?: string;
  /** Extra middleware (Vite's dev server) placed before the app. */
  devMiddleware?: express.RequestHandler;
  /** True while the server is shutting down: readiness turns 503. */
  isShuttingDown: () => boolean;
}

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/** True unless the browser says the request came from another site. */
export function isSameOrigin(req: Pick<Request, "headers">): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false; // "null" (sandboxed pages, some redirects) and garbage
  }
}

/** A form body (URL-encoded or multipart), or no body at all. */
function isFormBody(req: Request): boolean {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") return true;
  const empty =
    req.headers["transfer-encoding"] === undefined && Number(req.headers["content-length"] ?? 0) === 0;
  return empty && type === "";
}

/**
 * U+0000 written into a URL or a form, as `%00` or as a raw byte. PostgreSQL
 * cannot hold it in text (and nobody types it), so such a request is refused.
 */
export function containsNul(text: string | Buffer): boolean {
  const raw = typeof text === "string" ? text : text.toString("latin1");
  return raw.includes("\0") || /%00/i.test(raw);
}

/** Reads the whole body (its length was checked before: at most `maxBodyBytes`). */
async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The request again, with a body that can still be read: the React Router
 * adapter reads the body from the request stream, which `readBody` emptied.
 * Everything else (headers, URL, address, `app`) still comes from `req`.
 */
function withBody(req: Request, body: Buffer): Request {
  const replay = Readable.from([body]);
  Object.setPrototypeOf(replay, req);
  return replay as unknown as Request;
}

/** The public JSON APIs that any origin may read (CORS): HSDS and its OpenAPI document. */
function isOpenApiPath(pathname: string): boolean {
  return pathname === "/api/hsds" || pathname.startsWith("/api/hsds/") || pathname === "/api/openapi.json";
}

const openApiCorsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
};

/** Builds the Express app around the React Router request handler. */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const { config, db, logger } = options;
  // Once per process: the counts themselves live in the database (decision 013).
  const rateLimits = createRateLimits(db, { config, logger });
  const app = express();
  app.disable("x-powered-by");
  // Client address and protocol come from X-Forwarded-* only from the proxies TRUST_PROXY names.
  app.set("trust proxy", config.trustProxy);

  // Security headers on every response; a fresh CSP nonce per request.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (!options.devMiddleware) res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    if (config.isProduction)
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });

  // One log line per request: method, path (no query string), status, duration. No personal data.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? "error" : "debug";
      logger[level](
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) },
        "verzoek",
      );
    });
    next();
  });

  app.use(compression());

  app.get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    if (options.isShuttingDown()) {
      res.status(503).json({ status: "stopping", database: "unknown" });
      return;
    }
    const reachable = await isDatabaseReachable(db);
    res.status(reachable ? 200 : 503).json({
      status: reachable ? "ready" : "unavailable",
      database: reachable ? "ok" : "unreachable",
    });
  });

  // Bodies larger than we ever accept are refused before anyone reads them. A body
  // without a stated length (chunked) could not be checked up front: it is refused too.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const t = translator(localeFromCookieHeader(req.headers.cookie));
    if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
      res.status(411).type("text/plain; charset=utf-8").send(t("request.lengthRequired"));
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) {
      res.status(413).type("text/plain; charset=utf-8").send(t("request.tooLarge"));
      return;
    }
    next();
  });

  // Pages take form posts only (the JSON API lives under /api): any other body
  // type is refused with 415 before a route tries to read it as a form.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isSafeMethod(req.method) || req.path.startsWith("/api/") || isFormBody(req)) {
      next();
      return;
    }
    const t = translator(localeFromCookieHeader(req.headers.cookie));
    res.status(415).type("text/plain; charset=utf-8").send(t("request.unsupportedType"));
  });

  // Cross-site request forgery: a state-changing request must come from our
  // own pages. Browsers say where a request comes from (`Sec-Fetch-Site`,
  // `Origin`); a foreign or opaque origin is refused before the app sees it.
  // Signed-in forms carry a per-session token on top (accounts/guard.server.ts).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isSafeMethod(req.method) || isSameOrigin(req)) {
      next();
      return;
    }
    const t = translator(localeFromCookieHeader(req.headers.cookie));
    res.status(403).type("text/plain; charset=utf-8").send(t("request.crossSite"));
  });

  // A NUL character in the address or in a form cannot be stored or searched
  // (PostgreSQL refuses it in text): one clear 400 here instead of a 500 later.
  // Zicht takes no file uploads, so a raw NUL byte in a multipart form is refused too.
  // Form bodies are read here once and handed on (`withBody`).
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    const t = translator(localeFromCookieHeader(req.headers.cookie));
    const refuse = () => {
      if (isOpenApiPath(req.path)) {
        // The open JSON APIs answer in their own error shape, readable from any origin.
        res
          .status(400)
          .set(openApiCorsHeaders)
          .json({ error: t("request.nulCharacter"), details: [{ message: "NUL (%00)" }] });
        return;
      }
      res.status(400).type("text/plain; charset=utf-8").send(t("request.nulCharacter"));
    };
    if (containsNul(req.originalUrl)) {
      refuse();
      return;
    }
    if (isSafeMethod(req.method) || req.path.startsWith("/api/") || !isFormBody(req)) {
      next();
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) === 0) {
      next();
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      next(error);
      return;
    }
    if (containsNul(body)) {
      refuse();
      return;
    }
    res.locals.body = body;
    next();
  });

  if (options.devMiddleware) {
    app.use(options.devMiddleware);
  } else if (options.clientDir) {
    // Fingerprinted assets never change: cache them for a year.
    app.use(
      "/assets",
      express.static(path.join(options.clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }),
    );
    app.use(express.static(options.clientDir, { maxAge: "1h", index: false }));
  }

  // After the static files (they stay cacheable): nothing with someone's work on it is stored.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (mustNotStore(req.path, req.headers.cookie)) res.setHeader("Cache-Control", "no-store");
    next();
  });

  const handleRequest = createRequestHandler({
    build: options.build,
    mode: config.isProduction ? "production" : "development",
    getLoadContext: (req, res) => ({
      db,
      config,
      logger,
      cspNonce: String(res.locals.cspNonce),
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "onbekend",
      rateLimits,
    }),
  });
  // `app.use`, not `app.all("/{*splat}")`: a route pattern with a parameter makes Express
  // decode the path first, and a malformed escape (`/api/hsds/services/%ZZ`) then became
  // Express's own HTML 400 page. React Router and the handlers see the path as sent.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const body = res.locals.body as Buffer | undefined;
    return handleRequest(body === undefined ? req : withBody(req, body), res, next);
  });

  return app;
}
