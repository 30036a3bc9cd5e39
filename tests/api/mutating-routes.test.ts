import { beforeAll, expect, it, vi } from "vitest";
import { POST as applyWhatIf } from "@/app/(console)/access/what-if/apply/route";
import { POST as createAccount } from "@/app/api/v1/accounts/route";
import { POST as createStep } from "@/app/api/v1/plugin-steps/route";
import { POST as changeIdentity } from "@/app/(console)/services/[service]/identity/route";
import type { Actor } from "@/lib/auth/actor";
import { countEverything, makeActor, sessionOf, type TestSession } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { call, makeToken, routeFiles, seedContoso } from "./support";

// Every route that can change something, called by each kind of token: a
// token gets only its scope's allowlist, never its account's whole role. The
// Admin session row proves each body is one the route would accept, so a
// refusal below is the caller's, not the body's.

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock("@/auth", () => ({ auth: async () => session.current }));

type Db = Parameters<typeof countEverything>[0];

type Entry = {
  route: string;
  url?: string;
  handler: (request: Request, context: never) => Promise<Response>;
  params?: Record<string, string>;
  body: (db: Db) => Promise<unknown>;
  writeToken: 201 | 403;
};

const MUTATING: Entry[] = [
  {
    route: "POST /api/v1/accounts",
    handler: createAccount,
    body: async () => ({
      username: "made-by-api",
      password: "a long enough password",
      confirm: "a long enough password",
      role: "Admin",
    }),
    // Account management is session-only: a write token is refused too.
    writeToken: 403,
  },
  {
    route: "POST /api/v1/plugin-steps",
    handler: createStep,
    body: async () => ({ name: "made by the API", message: "Create", table: "account" }),
    writeToken: 201,
  },
  {
    route: "POST /access/what-if/apply",
    handler: applyWhatIf,
    body: async (db: Db) => ({
      changes: [{ kind: "add-role", user: "CONTOSO\\miriam.graham", role: "Delegate" }],
      revision: (await db.organization.findUniqueOrThrow({ where: { id: 1 } })).revision,
    }),
    writeToken: 403,
  },
  {
    route: "POST /services/{service}/identity",
    url: "/services/CRMAppPool/identity",
    handler: changeIdentity,
    params: { service: "CRMAppPool" },
    body: async (db: Db) => ({
      identity: "CONTOSO\\svc-crm-by-api",
      version: (await db.serviceAccount.findUnique({ where: { service: "CRMAppPool" } }))?.version ?? 1,
      addMissing: true,
      reason: "mutating-routes test",
    }),
    writeToken: 403,
  },
];

// POST because a check is a body, but answering it changes nothing; its
// callers are tested in simulate.test.ts.
const ANSWERS_ONLY = ["POST /api/v1/simulate"];

const READ_ONLY = new Set(["GET", "HEAD", "OPTIONS"]);

it("the table below lists every route that can change something", async () => {
  // Auth.js's own sign-in endpoints take no token and change no organization.
  const routes = await routeFiles("app", ["app/api/auth/"]);
  const mutating = routes.flatMap((route) =>
    route.methods.filter((method) => !READ_ONLY.has(method)).map((method) => `${method} ${route.url}`),
  );

  expect(mutating.sort()).toEqual([...MUTATING.map((entry) => entry.route), ...ANSWERS_ONLY].sort());
});

describeOnEachDatabase("mutating API routes, by each kind of caller", (db) => {
  let admin: Actor;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    const auditor = await makeActor(db(), "Auditor");
    tokens["an Admin's read token"] = await makeToken(db(), admin, "read");
    tokens["an Admin's write token"] = await makeToken(db(), admin, "write");
    tokens["an Auditor's write token"] = await makeToken(db(), auditor, "write");
    tokens["a revoked write token"] = await makeToken(db(), admin, "write", true);
  });

  const send = async (entry: Entry, token?: string, headers?: Record<string, string>) => {
    const [method, path] = entry.route.split(" ");
    const body = await entry.body(db());
    const context = { params: Promise.resolve(entry.params ?? {}) };

    return entry.handler(call(entry.url ?? path, { method, token, body, headers }), context as never);
  };

  const refusals = MUTATING.flatMap((entry) => [
    { entry, who: "an Admin's read token", status: 403 },
    { entry, who: "an Auditor's write token", status: 403 },
    { entry, who: "a revoked write token", status: 401 },
    { entry, who: "no token", status: 401 },
    ...(entry.writeToken === 403 ? [{ entry, who: "an Admin's write token", status: 403 }] : []),
  ]);

  it.each(refusals)("$entry.route: $who is refused with $status, nothing written", async (row) => {
    const before = await countEverything(db());

    const response = await send(row.entry, tokens[row.who]);

    expect(response.status).toBe(row.status);
    expect((await response.json()).error.code).toBe(row.status === 401 ? "NOT_SIGNED_IN" : "FORBIDDEN");
    expect(await countEverything(db())).toBe(before);
  });

  // The browser sends the cookie with a request another site makes it send.
  const forged = MUTATING.flatMap((entry): { entry: Entry; headers: Record<string, string> }[] => [
    { entry, headers: { origin: "http://intranet.example", host: "localhost" } },
    { entry, headers: { "sec-fetch-site": "same-site", origin: "http://localhost", host: "localhost" } },
  ]);

  it.each(forged)(
    "$entry.route: an Admin session sent from another site is refused, nothing written",
    async (row) => {
      session.current = sessionOf(admin);
      try {
        const before = await countEverything(db());

        const response = await send(row.entry, undefined, row.headers);

        expect(response.status).toBe(403);
        expect((await response.json()).error.message).toMatch(/another site/);
        expect(await countEverything(db())).toBe(before);
      } finally {
        session.current = null;
      }
    },
  );

  it.each(MUTATING)("$route: an Admin session may, with this very body", async (entry) => {
    session.current = sessionOf(admin);
    try {
      const response = await send(entry);

      expect(response.status).toBeLessThan(300);
    } finally {
      session.current = null;
    }
  });
});
