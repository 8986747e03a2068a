#!/usr/bin/env node
// The `zicht` command. Runs the TypeScript sources through tsx, so the
// command line and the server share one code base without a separate build.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/zicht.ts");
const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
