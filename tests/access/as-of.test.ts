import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replayToInstant } from "@/lib/access/as-of";
import type { AccessSnapshot } from "@/lib/access/audit-states";
import { compileOrganization, effectivePrivileges } from "@/lib/engine";
import { randomCase } from "../engine/support/random-organization";
import { normalized, randomHistory } from "./support/random-history";

// The as-of replay must give back, for every past moment, exactly the
// organization that held then: generated organizations, generated histories
// written to the audit contract, replayed back to each moment in turn.

const eventsAfter = (events: ReturnType<typeof randomHistory>["events"], moment: number) =>
  events.filter((event) => new Date(event.at).getTime() > moment);

describe("access as of a moment", () => {
  it("replaying the audit history back to each moment restores the snapshot of that moment", () => {
    fc.assert(
      fc.property(randomCase, fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ snapshot }, seed) => {
        const history = randomHistory(snapshot as AccessSnapshot, seed, 25);
        const now = history.states.at(-1)!;

        history.times.forEach((moment, k) => {
          const replay = replayToInstant(now, eventsAfter(history.events, moment));

          expect(replay.blockedBy).toBeUndefined();
          expect(normalized(replay.snapshot)).toEqual(normalized(history.states[k]));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("the rebuilt organization gives the same effective privileges as the one that held then", () => {
    fc.assert(
      fc.property(randomCase, fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ snapshot }, seed) => {
        const history = randomHistory(snapshot as AccessSnapshot, seed, 15);
        const moment = history.times[Math.floor(history.times.length / 2)];
        const then = history.states[Math.floor(history.times.length / 2)];
        const replay = replayToInstant(history.states.at(-1)!, eventsAfter(history.events, moment));

        const expected = compileOrganization(then);
        const actual = compileOrganization(replay.snapshot);
        expect(actual.ok).toBe(expected.ok);
        if (!expected.ok || !actual.ok) return;
        for (const user of then.users ?? []) {
          expect(effectivePrivileges(actual.org, user.name)).toEqual(
            effectivePrivileges(expected.org, user.name),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it("leaves the snapshot it was given untouched", () => {
    const now: AccessSnapshot = {
      businessUnits: [{ name: "Root", parent: null }],
      users: [{ name: "C\\a", businessUnit: "Root", roles: [] }],
    };
    const copy = structuredClone(now);

    replayToInstant(now, [
      { at: new Date(), action: "user.create", targetType: "user", before: null, after: { name: "C\\a" } },
    ]);

    expect(now).toEqual(copy);
  });

  it.each([
    ["an organization import, which records only counts", { users: 30 }, true],
    ["a settings change, which records the settings", { doNotRemoveRolesOnChangeBusinessUnit: true }, false],
  ])("stops at %s: %#", (_what, before, blocked) => {
    const now: AccessSnapshot = { businessUnits: [{ name: "Root", parent: null }], settings: {} };

    const replay = replayToInstant(now, [
      {
        at: "2026-02-01T00:00:00Z",
        action: "organization.change",
        targetType: "organization",
        before,
        after: {},
      },
    ]);

    expect(Boolean(replay.blockedBy)).toBe(blocked);
  });

  it("ignores events that are not part of an organization", () => {
    const now: AccessSnapshot = { businessUnits: [{ name: "Root", parent: null }] };

    const replay = replayToInstant(now, [
      {
        at: new Date(),
        action: "account.create",
        targetType: "console-account",
        before: null,
        after: { username: "x" },
      },
      {
        at: new Date(),
        action: "saved-check.create",
        targetType: "saved-check",
        before: null,
        after: { name: "c" },
      },
    ]);

    expect(replay).toEqual({ snapshot: now, undone: 0 });
  });

  // A move writes `user.move` then `user.remove-role` for the same user in one
  // transaction, so both carry one timestamp; only the write order (seq) says
  // which to undo first, whatever order the events are handed over in.
  const at = "2026-03-01T10:00:00.000Z";
  const user = (businessUnit: string, roles: string[]) => ({
    name: "C\\mover",
    fullName: "",
    businessUnit,
    roles,
    teams: [],
    disabled: false,
    accessMode: "ReadWrite",
    applicationUser: false,
  });
  const move = {
    seq: 7,
    at,
    action: "user.move",
    targetType: "user",
    before: user("Sales", ["Seller"]),
    after: user("Finance", ["Seller"]),
  };
  const dropRole = {
    seq: 8,
    at,
    action: "user.remove-role",
    targetType: "user",
    before: user("Finance", ["Seller"]),
    after: user("Finance", []),
  };

  it.each([
    ["in write order", [move, dropRole]],
    ["newest first", [dropRole, move]],
  ])("undoes two events of one transaction by their write order, handed over %s", (_order, events) => {
    const now: AccessSnapshot = {
      businessUnits: [
        { name: "Root", parent: null },
        { name: "Sales", parent: "Root" },
        { name: "Finance", parent: "Root" },
      ],
      roles: [{ name: "Seller", businessUnit: "Root", privileges: {} }],
      users: [{ name: "C\\mover", businessUnit: "Finance", roles: [] }],
    };

    const replay = replayToInstant(now, events);

    expect(replay.undone).toBe(2);
    expect(replay.snapshot.users).toEqual([
      expect.objectContaining({ name: "C\\mover", businessUnit: "Sales", roles: ["Seller"] }),
    ]);
  });
});
