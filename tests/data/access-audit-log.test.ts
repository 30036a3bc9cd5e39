import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyWhatIf } from "@/lib/data/access/apply-what-if";
import { loadAccessAsOf } from "@/lib/data/access/as-of";
import {
  AuditExportTooLargeError,
  auditFiltersOf,
  exportAuditEvents,
  listAuditEvents,
} from "@/lib/data/audit-log/list";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { loadContoso, revisionOf } from "./access-support";

// The audit log's time window, its export limit, and the order events are
// read back in: the log and the as-of replay follow the write order, which
// the timestamp alone cannot give for events of one transaction.

const WINDOW = [
  ["A", "2026-01-09T23:59:59.999Z"],
  ["B", "2026-01-10T00:00:00.000Z"],
  ["C", "2026-01-10T12:15:00.000Z"],
  ["D", "2026-01-10T23:59:59.999Z"],
  ["E", "2026-01-11T00:00:00.000Z"],
] as const;

describeOnEachDatabase("the audit log: time window, export limit, write order", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    await loadContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    await db().auditEvent.createMany({
      data: WINDOW.map(([label, at]) => ({
        at: new Date(at),
        actorName: "window-test",
        action: "test.window",
        targetType: "test",
        targetLabel: label,
      })),
    });
  });

  it.each([
    ["no time filter", {}, "EDCBA"],
    ["from a date: from its first moment (UTC)", { from: "2026-01-10" }, "EDCB"],
    ["to a date: the whole of that day", { to: "2026-01-10" }, "DCBA"],
    ["from and to the same date", { from: "2026-01-10", to: "2026-01-10" }, "DCB"],
    ["a window in minutes", { from: "2026-01-10T12:00", to: "2026-01-10T12:30" }, "C"],
    ["one second, both ends included", { from: "2026-01-10T12:15:00", to: "2026-01-10T12:15:00" }, "C"],
    ["a window with nothing in it", { from: "2026-01-11T00:00:01" }, ""],
    ["a from after the to", { from: "2026-01-11", to: "2026-01-09" }, ""],
    ["a date that is not one, ignored", { from: "10/01/2026", to: "tomorrow" }, "EDCBA"],
  ])("filters by time: %s", async (_what, window, expected) => {
    const filters = auditFiltersOf({ action: "test.window", ...window });

    const { events, total } = await listAuditEvents(filters, auditor);

    expect(events.map((event) => event.targetLabel).join("")).toBe(expected);
    expect(total).toBe(expected.length);
  });

  it.each([
    ["exactly as many as the limit", 5, "EDCBA"],
    ["more than fit in one export, refused whole", 4, null],
  ])("exports %s", async (_what, limit, expected) => {
    const filters = auditFiltersOf({ action: "test.window" });

    const exported = exportAuditEvents(filters, auditor, limit);

    if (expected === null) {
      await expect(exported).rejects.toBeInstanceOf(AuditExportTooLargeError);
      await expect(exported).rejects.toThrow(/More than 4 events match.*narrow the filter/);
    } else {
      expect((await exported).map((event) => event.targetLabel).join("")).toBe(expected);
    }
  });

  it("a signed-out caller exports nothing", async () => {
    await expect(exportAuditEvents(auditFiltersOf({}), null)).rejects.toThrow(/Sign in/);
  });

  it("two events for one user in one transaction read back, and replay, in write order", async () => {
    const moment = new Date();
    const grady = await db().systemUser.findUniqueOrThrow({ where: { logonLower: "contoso\\grady.archie" } });
    const move = [{ kind: "move-user", user: "CONTOSO\\grady.archie", businessUnit: "Finance" }];

    const applied = await applyWhatIf({ changes: move, revision: await revisionOf(db()) }, admin);

    expect(applied).toMatchObject({ ok: true });
    const written = await db().auditEvent.findMany({
      where: { targetType: "user", targetId: grady.id },
      orderBy: { seq: "asc" },
    });
    expect(written.map((event) => event.action)).toEqual(["user.move", "user.remove-role"]);
    expect(written[1].reason).toMatch(/^Moved to Finance: Basic User \(R6\)/);
    // The worst case: one timestamp, and random ids that sort the wrong way round.
    const at = new Date(moment.getTime() + 1);
    const ids = ["ffffffff-ffff-4fff-bfff-ffffffffffff", "00000000-0000-4000-8000-000000000000"];
    for (const [index, event] of written.entries()) {
      await db().auditEvent.update({ where: { id: event.id }, data: { id: ids[index], at } });
    }

    const { events } = await listAuditEvents(auditFiltersOf({ targetId: grady.id }), auditor);
    const asOf = await loadAccessAsOf("CONTOSO\\grady.archie", moment, auditor);

    expect(events.map((event) => event.action)).toEqual(["user.remove-role", "user.move"]);
    expect(asOf.ok && asOf.then).toMatchObject({ user: "CONTOSO\\grady.archie", businessUnit: "Sales-West" });
    expect(asOf.ok && asOf.then?.privileges.length).toBeGreaterThan(0);
  });
});
