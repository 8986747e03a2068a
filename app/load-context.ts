import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Config } from "./config.server";
import type { Database } from "./db/database";
import type { RateLimits } from "./security/rate-limit.server";

/**
 * What the server hands every loader and action (see server/http.ts). Routes
 * never open their own database connection.
 */
export interface ZichtLoadContext {
  db: Kysely<Database>;
  config: Config;
  logger: Logger;
  /** Nonce for this response's Content-Security-Policy (scripts). */
  cspNonce: string;
  /** The client's IP address, for rate limits (never stored as is). */
  clientAddress: string;
  /** This process's rate limits, shared with other processes through the database. */
  rateLimits: RateLimits;
}

declare module "react-router" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends ZichtLoadContext {}
}
