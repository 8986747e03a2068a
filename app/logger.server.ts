import pino, { type Logger } from "pino";
import type { Config } from "./config.server";

/**
 * The application logger. JSON in production, readable lines in development.
 * Never log personal data: no names, e-mail addresses, IP addresses, query
 * strings or request bodies. Case data stays in the audit log, not here.
 */
export function createLogger(log: Config["log"]): Logger {
  const base = {
    level: log.level,
    base: { service: "zicht" },
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
  if (log.format === "pretty") {
    return pino({
      ...base,
      transport: {
        target: "pino-pretty",
        options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" },
      },
    });
  }
  return pino(base);
}
