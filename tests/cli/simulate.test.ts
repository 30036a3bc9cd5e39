import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

// The command line as SCENARIOS.md describes it, run as a process on files alone.

const SCENARIOS = "tests/fixtures/scenarios";

function simulate(...args: string[]) {
  const run = spawnSync("node_modules/.bin/tsx", ["cli/simulate.ts", ...args], {
    encoding: "utf8",
  });

  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run simulate", () => {
  it("exits 0 with a JSON answer when every expectation is met", () => {
    const run = simulate(`${SCENARIOS}/fabrikam.json`);
    const answer = JSON.parse(run.stdout);

    expect(run.status).toBe(0);
    expect(answer.summary).toEqual({ checks: 5, met: 5, unmet: 0 });
    expect(answer.results[4]).toMatchObject({
      name: "post-create step on incident, not sandboxed",
      kind: "plugin",
      processAccount: "FABRIKAM\\svc-crm",
    });
  });

  it("reads YAML and prints a text table", () => {
    const run = simulate(`${SCENARIOS}/fabrikam.yaml`, "--format", "text");

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^CHECK\s+KIND\s+OUTCOME\s+EXPECTED\s+MET/);
    expect(run.stdout).toMatch(/agent cannot edit her supervisor's case\s+access\s+denied\s+denied\s+yes/);
    expect(run.stdout).toContain("5 checks: 5 met, 0 unmet");
  });

  it("exits 0 when no expectation is given (.yml, --format=json)", () => {
    const run = simulate(`${SCENARIOS}/no-expectations.yml`, "--format=json");
    const answer = JSON.parse(run.stdout);

    const outcomes = answer.results.map((result: { outcome: string }) => result.outcome);

    expect(run.status).toBe(0);
    expect(answer.summary).toEqual({ checks: 2, met: 0, unmet: 0 });
    expect(outcomes).toEqual(["allowed", "denied"]);
  });

  it("exits 1 when an expectation is not met, and says what differed", () => {
    const json = simulate(`${SCENARIOS}/one-unmet.json`);
    const text = simulate(`${SCENARIOS}/one-unmet.json`, "--format", "text");

    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).results[1]).toMatchObject({
      met: false,
      differences: [{ field: "outcome", expected: "allowed", actual: "denied" }],
    });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("outcome: expected allowed, got denied");
    expect(text.stdout).toContain("needs Global: record is in Contoso, outside your business unit Sales");
  });

  it("answers an offline plug-in call per R25", () => {
    const run = simulate(`${SCENARIOS}/plugin-offline.yaml`);
    const result = JSON.parse(run.stdout).results[0];
    const codes = result.warnings.map((warning: { code: string }) => warning.code);

    expect(run.status).toBe(0);
    expect(codes).toContain("OFFLINE_IMPERSONATION_UNSUPPORTED");
  });

  it("exits 2 for an invalid file, each error with its key path on stderr", () => {
    const run = simulate(`${SCENARIOS}/invalid.json`);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('organization.users[1].roles[0]: no role "Sales Mgr" in Sales or above');
    expect(run.stderr).toContain('checks[0].user: no user "CONTOSO\\anna"');
  });

  it("exits 2 for a missing file or a bad option", () => {
    expect(simulate(`${SCENARIOS}/nothing-here.json`)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("cannot read"),
    });
    expect(simulate(`${SCENARIOS}/fabrikam.json`, "--format", "xml")).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--format takes json or text"),
    });
  });
});
