#!/usr/bin/env node
// The `zicht` command. Runs the TypeScript sources through tsx, so the
// command line and the server share one code base without a separate build.
import dotenv from "dotenv";
import { register } from "tsx/esm/api";

// Settings from .env, then NODE_ENV before anything imports React: React and
// React Router pick their (much slower) development builds when it is unset.
dotenv.config({ quiet: true });
process.env.NODE_ENV ||= process.argv.includes("--dev") ? "development" : "production";

register();
const { main } = await import("../cli/zicht.ts");
const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
