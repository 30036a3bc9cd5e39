// The users list at 100,000 users: count + one page, on a throw-away PGlite
// database, for the searches an administrator makes. Reports p50/p95 in ms.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";

const USERS = 100_000;
const BATCH = 5_000;
const RUNS = 20;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export default async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), "ic-bench-users-"));
  delete process.env.DATABASE_URL;
  process.env.CONSOLE_DATA_DIR = dir;
  const { closeDb, getDb } = await import("@/lib/db/client");
  const { listUsers } = await import("@/lib/data/directory/list-users");

  try {
    const db = await getDb();
    const unitIds = Array.from({ length: 20 }, () => randomUUID());
    await db.businessUnit.createMany({
      data: unitIds.map((id, i) => ({ id, name: `Unit ${i}`, nameLower: `unit ${i}` })),
    });
    // Ten roles, fifty owner teams; every user holds one role directly and is
    // in one team, and five teams hold the tenth role, so filtering by it finds
    // users only through their teams (R10).
    const roleIds = Array.from({ length: 10 }, () => randomUUID());
    await db.securityRole.createMany({
      data: roleIds.map((id, i) => ({
        id,
        name: `Role ${i}`,
        nameLower: `role ${i}`,
        businessUnitId: unitIds[0]!,
      })),
    });
    const teamIds = Array.from({ length: 50 }, () => randomUUID());
    await db.team.createMany({
      data: teamIds.map((id, i) => ({
        id,
        name: `Team ${i}`,
        nameLower: `team ${i}`,
        businessUnitId: unitIds[i % unitIds.length]!,
      })),
    });
    await db.teamRole.createMany({
      data: teamIds.slice(0, 5).map((teamId) => ({ teamId, roleId: roleIds[9]! })),
    });
    const first = ["ada", "bo", "chen", "dana", "eli", "fatima", "gus", "hana", "ivan", "jo"];
    const last = ["smith", "garcia", "kim", "novak", "okafor", "rossi", "tanaka", "weber"];
    for (let start = 0; start < USERS; start += BATCH) {
      const data = Array.from({ length: Math.min(BATCH, USERS - start) }, (_, k) => {
        const i = start + k;
        const fullName = `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`;
        const logon = `BENCH\\${first[i % first.length]}.${last[(i * 7) % last.length]}${i}`;
        return {
          id: randomUUID(),
          logon,
          logonLower: logon.toLowerCase(),
          fullName,
          fullNameLower: fullName.toLowerCase(),
          businessUnitId: unitIds[i % unitIds.length],
          disabled: i % 13 === 0,
        };
      });
      await db.systemUser.createMany({ data });
      await db.userRole.createMany({
        data: data.map((user, k) => ({ userId: user.id, roleId: roleIds[(start + k) % 9]! })),
      });
      await db.teamMembership.createMany({
        data: data.map((user, k) => ({ userId: user.id, teamId: teamIds[(start + k) % teamIds.length]! })),
      });
    }
    await db.$executeRawUnsafe("ANALYZE");

    const actor: Actor = {
      id: "bench",
      username: "bench",
      displayName: "bench",
      role: "Auditor",
      via: "session",
    };
    const cases = {
      logonPrefixPage1: { q: "bench\\chen.kim1", sort: "logon" as const },
      nameContainsPage1: { q: "novak 99", sort: "fullName" as const },
      unitSortedPage1: { businessUnitId: unitIds[3], sort: "logon" as const },
      unitSortedByUnitDeepPage: { sort: "businessUnit" as const, page: 1_500 },
      allUsersDeepPage: { sort: "logon" as const, dir: "desc" as const, page: 1_900 },
      roleDirectPage5: { roleId: roleIds[3], sort: "logon" as const, page: 5 },
      roleThroughTeamsPage5: { roleId: roleIds[9], sort: "fullName" as const, page: 5 },
      teamPage5: { teamId: teamIds[7], sort: "logon" as const, page: 5 },
      roleAndUnitByName: { roleId: roleIds[2], businessUnitId: unitIds[4], sort: "fullName" as const },
    };
    // Totals are kept per organization revision, so repeating a query measures
    // the page read; these vary the search each run, so every count is fresh.
    const uncached = {
      nameContainsUncountedPage1: (i: number) => ({ q: `novak ${900 + i}`, sort: "fullName" as const }),
      unitUncountedDeepPage: (i: number) => ({
        businessUnitId: unitIds[i % unitIds.length],
        sort: "logon" as const,
        page: 90,
      }),
    };
    const metrics: Record<string, number> = {};
    const budget: Record<string, number> = {};
    for (const [name, query] of Object.entries(cases)) {
      await listUsers({ pageSize: 50, ...query }, actor);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await listUsers({ pageSize: 50, ...query }, actor);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      metrics[`${name}.p50`] = Math.round(percentile(times, 50) * 10) / 10;
      metrics[`${name}.p95`] = Math.round(percentile(times, 95) * 10) / 10;
      budget[`${name}.p95`] = 300;
    }

    for (const [name, query] of Object.entries(uncached)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await listUsers({ pageSize: 50, ...query(i) }, actor);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      metrics[`${name}.p50`] = Math.round(percentile(times, 50) * 10) / 10;
      metrics[`${name}.p95`] = Math.round(percentile(times, 95) * 10) / 10;
      budget[`${name}.p95`] = 300;
    }

    return { name: "users-search", metrics, budget };
  } finally {
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  }
}
