import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

// `import` and `export` as processes, on an embedded database of their own:
// a file goes in whole or not at all, and comes back out as it went in.

const SCENARIOS = "tests/fixtures/scenarios";
const dir = mkdtempSync(path.join(tmpdir(), "ic-cli-"));

function run(command: "import" | "export", file: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONSOLE_DATA_DIR: path.join(dir, "data") };
  delete env.DATABASE_URL;
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", `cli/${command}.ts`, file],
    { encoding: "utf8", env, timeout: 120_000 },
  );

  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exported() {
  const out = path.join(dir, `export-${Date.now()}.json`);
  const result = run("export", out);
  expect(result.status).toBe(0);

  return JSON.parse(readFileSync(out, "utf8")).organization;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run import / export", () => {
  it("imports a file (exit 0) and exports the same organization", () => {
    const imported = run("import", `${SCENARIOS}/fabrikam.json`);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/^imported \d+ business units, \d+ users/);

    const source = JSON.parse(readFileSync(`${SCENARIOS}/fabrikam.json`, "utf8")).organization;
    const organization = exported();
    const names = (list: { name: string }[]) => list.map((item) => item.name).sort();
    expect(names(organization.businessUnits)).toEqual(names(source.businessUnits));
    expect(names(organization.users)).toEqual(names(source.users));
    expect(names(organization.roles)).toEqual(names(source.roles));
  });

  it("refuses an invalid file with its key paths (exit 2) and changes nothing", () => {
    const before = exported();

    const refused = run("import", `${SCENARIOS}/invalid.json`);

    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^organization\./m);
    expect(exported()).toEqual(before);
  });

  it("exits 2 for a missing file or a bad call", () => {
    expect(run("import", path.join(dir, "no-such-file.json")).status).toBe(2);
    expect(run("export", "").status).toBe(2);
  });
}, 300_000);
