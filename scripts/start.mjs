// `npm start`: build the console, then serve it. The database (embedded
// PGlite under ./data unless DATABASE_URL is set) is migrated and, when empty,
// given the demo organization by instrumentation.ts as the server starts.
import { spawnSync, spawn } from "node:child_process";

const next = "node_modules/next/dist/bin/next";
const port = process.env.PORT ?? "3000";

if (process.env.SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [next, "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
console.log(`Identity Console: http://localhost:${port}/`);
