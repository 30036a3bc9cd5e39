// The server the end-to-end tests run against: the built console on a new,
// empty embedded database, so that every run starts from first-run setup.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const dataDir = `tmp/e2e-data-${process.env.PORT ?? "3210"}`;
rmSync(dataDir, { recursive: true, force: true });

const env = { ...process.env, CONSOLE_DATA_DIR: dataDir, AUTH_SECRET: "e2e-only-secret-not-for-production" };
delete env.DATABASE_URL;

const server = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-p", env.PORT ?? "3210"],
  {
    env,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
