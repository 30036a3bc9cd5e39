import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { organizationBeforeChange } from "@/lib/data/engine/organization-before-change";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { clientRefusal } from "@/lib/data/plugins/deployment";
import { parseChecks } from "@/lib/data/plugins/simulate";
import { stepToCheck } from "@/lib/data/plugins/step-check";
import { readAs } from "@/lib/data/read";
import type { Tx } from "@/lib/db/client";
import { type CheckResult, type Organization, runCheck } from "@/lib/engine";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Check, checkKind } from "@/lib/scenario/schema";

// A kept simulation: one check in the scenario file's shape, its answer at the
// time frozen as its expectation (SCENARIOS.md `expect`). Re-running them all
// shows which verdicts have changed since they were kept, the console's own
// privilege regression test.

// A check kept from a registered step remembers which step and caller it came
// from, so that a re-run asks about the step as it is registered now: editing
// the step (its chosen user, its operations) is a change the re-run must show.
const sourceSchema = z.object({
  stepId: z.uuid(),
  caller: z.string().min(1),
  client: z.enum(["Server", "Offline"]),
});

export type CheckSource = z.infer<typeof sourceSchema>;

export type KeptResult = {
  result?: CheckResult;
  invalid?: { path: string; message: string }[];
  source?: CheckSource;
};

const saveSchema = z.object({
  name: z.string().trim().min(1, "Name the check.").max(200, "At most 200 characters."),
  check: z.unknown(),
  source: sourceSchema.optional(),
});

const removeSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

/** The answer as an expectation: what must stay true for the check to be met. */
export function expectationOf(check: Check, result: CheckResult): Check {
  const { expect: _ignored, ...question } = check as Check & { expect?: unknown };
  if (checkKind(check) !== "plugin") return { ...question, expect: result.outcome } as Check;

  const operations = result.operations ?? [];
  const owners = operations.flatMap((op) => op.owner ?? []);

  return {
    ...question,
    expect: {
      outcome: result.outcome,
      ...(result.userId ? { userId: result.userId } : {}),
      ...(result.initiatingUserId ? { initiatingUserId: result.initiatingUserId } : {}),
      ...(result.processAccount ? { processAccount: result.processAccount } : {}),
      ...(result.errorCode ? { errorCode: result.errorCode } : {}),
      operations: operations.map((op) => op.outcome),
      ...(owners.length ? { owners } : {}),
    },
  } as Check;
}

/** An engine key path of the one check asked, as the form names it. */
function checkPath(path: string) {
  return path.replace(/^checks\[0\]/, "check");
}

function json(value: unknown) {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function organizationFor(actor?: Actor | null) {
  return organizationBeforeChange("saved-check.write", actor);
}

export function listSavedChecks(actor?: Actor | null) {
  return readAs(
    "simulation.run",
    async (db) =>
      (await db.savedCheck.findMany({ orderBy: [{ createdAt: "desc" }, { name: "asc" }] })).map((row) => ({
        ...row,
        check: row.check as unknown as Check,
        lastResult: row.lastResult as unknown as KeptResult | null,
      })),
    actor,
  );
}

export async function saveCheck(input: unknown, actor?: Actor | null) {
  const organization = await organizationFor(actor);

  return runMutation({
    actor,
    permission: "saved-check.write",
    schema: saveSchema,
    input,
    async run({ tx, actor, data, audit }) {
      const parsed = parseChecks(organization!, { checks: [data.check] });
      if (!parsed.ok) {
        const fields = Object.fromEntries(parsed.errors.map((e) => [checkPath(e.path), e.message]));
        throw new ValidationError(fields, "This check cannot be kept: " + parsed.errors[0].message);
      }

      const question = { ...parsed.checks[0], name: data.name } as Check;
      const result = runCheck(organization!, question);
      const kept = expectationOf(question, result);
      const row = await tx.savedCheck.create({
        data: {
          name: data.name,
          check: json(kept),
          lastResult: json({ result: runCheck(organization!, kept), source: data.source }),
          lastRunAt: new Date(),
          createdBy: actor.username,
        },
      });
      await audit({
        action: "saved-check.create",
        targetType: "saved-check",
        targetId: row.id,
        targetLabel: row.name,
        // The step it came from too: a re-run rebuilds the question from it.
        after: { name: row.name, check: kept, source: data.source ?? null },
      });

      return { id: row.id, check: kept };
    },
  });
}

/** The question as the step is registered now, with the expectation that was kept. */
async function currentQuestion(tx: Tx, check: Check, source: CheckSource | undefined) {
  if (!source) return { question: check as unknown };
  const step = await tx.pluginStep.findUnique({
    where: { id: source.stepId },
    include: { operations: { orderBy: { ordinal: "asc" } }, runAsUser: { select: { logon: true } } },
  });
  if (!step) return { removed: true as const };
  // A step since registered elsewhere no longer runs on the client the check asks about (R20).
  const refusal = clientRefusal(step, source.client);
  if (refusal) return { refused: refusal };

  const fresh = stepToCheck({ ...step, runAsLogon: step.runAsUser?.logon }, source.caller, source.client);

  const expect = (check as { expect?: unknown }).expect;

  return { question: { ...fresh, name: check.name, expect } as unknown };
}

type SavedRow = { id: string; check: unknown; lastResult: unknown };

async function rerunOne(tx: Tx, organization: Organization, row: SavedRow) {
  const source = (row.lastResult as KeptResult | null)?.source;
  const current = await currentQuestion(tx, row.check as Check, source);
  if ("removed" in current || "refused" in current) {
    const invalid =
      "refused" in current
        ? [{ path: "client", message: current.refused }]
        : [{ path: "step", message: "the plug-in step has been removed" }];
    const data = { lastResult: json({ source, invalid }), lastRunAt: new Date() };
    await tx.savedCheck.update({ where: { id: row.id }, data });
    return false;
  }

  const parsed = parseChecks(organization, { checks: [current.question] });
  const kept: KeptResult = parsed.ok
    ? { result: runCheck(organization, parsed.checks[0]), source }
    : { source, invalid: parsed.errors.map((e) => ({ ...e, path: checkPath(e.path) })) };
  await tx.savedCheck.update({
    where: { id: row.id },
    data: {
      lastResult: json(kept),
      lastRunAt: new Date(),
      ...(parsed.ok ? { check: json(parsed.checks[0]) } : {}),
    },
  });

  return kept.result?.met === true;
}

/** Runs every kept check against the organization as it is now and records the answers. */
export async function rerunSavedChecks(input: unknown = {}, actor?: Actor | null) {
  const organization = await organizationFor(actor);

  return runMutation({
    actor,
    permission: "saved-check.write",
    schema: z.object({}),
    input,
    async run({ tx, audit }) {
      const rows = await tx.savedCheck.findMany({ select: { id: true, check: true, lastResult: true } });
      let met = 0;
      for (const row of rows) if (await rerunOne(tx, organization!, row)) met += 1;

      const summary = { checks: rows.length, met, unmet: rows.length - met };
      await audit({
        action: "saved-check.run",
        targetType: "saved-check",
        targetLabel: "all saved checks",
        after: summary,
      });

      return summary;
    },
  });
}

export function removeSavedCheck(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "saved-check.write",
    schema: removeSchema,
    input,
    async run({ tx, data, audit }) {
      const before = await tx.savedCheck.findUnique({ where: { id: data.id } });
      if (!before) throw new NotFoundError("This saved check");
      const result = await tx.savedCheck.deleteMany({ where: { id: data.id, version: data.version } });
      await expectUpdated(result, "This saved check", async () => before);
      await audit({
        action: "saved-check.delete",
        targetType: "saved-check",
        targetId: before.id,
        targetLabel: before.name,
        before: { name: before.name, check: before.check },
        after: null,
      });

      return undefined;
    },
  });
}
