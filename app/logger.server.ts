import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.server";

/**
 * The application logger. JSON in production, readable lines in development.
 * Never log personal data: no names, e-mail addresses, IP addresses, query
 * strings or request bodies. Case data stays in the audit log, not here.
 */
export function createLogger(log: Config["log"], destination?: DestinationStream): Logger {
  const base = {
    level: log.level,
    base: { service: "zicht" },
    serializers: { err: safeError, error: safeError },
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        "email",
        "password",
        "*.email",
        "*.password",
      ],
      censor: "[verwijderd]",
    },
  };
  if (log.format === "pretty" && !destination) {
    return pino({
      ...base,
      transport: {
        target: "pino-pretty",
        options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" },
      },
    });
  }
  return destination ? pino(base, destination) : pino(base);
}

/**
 * What an error may tell the log: its kind, message, database error code
 * and names (constraint, table, column) and the stack. Never the values a
 * query or a form carried: a database error's `detail` ("Key (email)=(…)"),
 * `parameters`, `params`, `where` and `query` are left out, as is anything
 * else an error object picked up.
 */
export function safeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const error = value as Error & Record<string, unknown>;
  const safe: Record<string, unknown> = {
    type: error.name,
    message: redactValues(error.message),
    stack: error.stack ? redactValues(error.stack) : undefined,
  };
  for (const name of ["code", "constraint", "table", "column", "schema", "routine", "severity"]) {
    if (typeof error[name] === "string") safe[name] = error[name];
  }
  if (error.cause instanceof Error) safe.cause = safeError(error.cause);
  return safe;
}

/** Database messages can quote a value ("invalid input syntax for type uuid: \"…\""): cut quoted values out. */
function redactValues(text: string): string {
  return text
    .replace(/"[^"\n]*"/g, (quoted) => (/^"[a-z_][a-z0-9_]*"$/.test(quoted) ? quoted : '"[verwijderd]"'))
    .replace(/[^\s"'<>()]+@[^\s"'<>()]+/g, "[verwijderd]");
}
