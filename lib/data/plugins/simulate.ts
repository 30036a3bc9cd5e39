import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { compiledOrganization } from "@/lib/data/engine/organization";
import { readAs } from "@/lib/data/read";
import {
  type CheckResult,
  type Organization,
  runCheck,
  validateChecks,
  type ValidationError,
} from "@/lib/engine";
import { NotFoundError } from "@/lib/errors";
import { issuesToErrors } from "@/lib/scenario/issues";
import { type Check, checkSchema } from "@/lib/scenario/schema";
import { type Client, clientRefusal } from "./deployment";
import { stepToCheck, storedStepOf } from "./step-check";
import { getStep } from "./steps";

// The simulator's questions, answered by the engine against the organization
// as stored now. Nothing here decides anything itself: every verdict is
// runCheck(compiledOrganization(db).organization, check).

export type Simulation =
  { ok: true; check: Check; result: CheckResult } | { ok: false; errors: ValidationError[] };

const checksBodySchema = z.strictObject({ checks: z.array(checkSchema).min(1, "give at least one check") });

/**
 * Shape (the scenario file's check schema), then names (the engine's
 * validateChecks), with key paths such as `checks[0].caller`.
 */
export function parseChecks(
  org: Organization,
  body: unknown,
): { ok: true; checks: Check[] } | { ok: false; errors: ValidationError[] } {
  const shape = checksBodySchema.safeParse(body);
  if (!shape.success) return { ok: false, errors: issuesToErrors(shape.error.issues, body) };

  const errors = validateChecks(org, shape.data.checks);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, checks: shape.data.checks };
}

export function simulateCheck(check: unknown, actor?: Actor | null): Promise<Simulation> {
  return readAs(
    "simulation.run",
    async (db) => {
      const { organization } = await compiledOrganization(db);
      const parsed = parseChecks(organization, { checks: [check] });
      if (!parsed.ok) return parsed;

      return { ok: true, check: parsed.checks[0], result: runCheck(organization, parsed.checks[0]) };
    },
    actor,
  );
}

/** Several checks at once, as the HTTP API takes them; `met`/`unmet` count expectations. */
export function simulateChecks(body: unknown, actor?: Actor | null) {
  return readAs(
    "simulation.run",
    async (db) => {
      const { organization } = await compiledOrganization(db);
      const parsed = parseChecks(organization, body);
      if (!parsed.ok) return parsed;

      const results = parsed.checks.map((check) => runCheck(organization, check));
      const met = results.filter((result) => result.met === true).length;
      const unmet = results.filter((result) => result.met === false).length;

      return { ok: true as const, answer: { results, summary: { checks: results.length, met, unmet } } };
    },
    actor,
  );
}

export type StepCall = { stepId: string; caller: string; client: Client };

type RegisteredStep = NonNullable<Awaited<ReturnType<typeof getStep>>>;

/** The step's question asked of one compiled organization; refused on a client it is not registered for (R20). */
export function simulateStepOn(org: Organization, step: RegisteredStep, call: StepCall): Simulation {
  const refusal = clientRefusal(step, call.client);
  if (refusal) return { ok: false, errors: [{ path: "client", message: refusal }] };

  const parsed = parseChecks(org, { checks: [stepToCheck(storedStepOf(step), call.caller, call.client)] });
  if (!parsed.ok) return parsed;

  return { ok: true, check: parsed.checks[0], result: runCheck(org, parsed.checks[0]) };
}

/** A registered step, triggered by one user, on the server or by the offline client. */
export async function simulateStoredStep(call: StepCall, actor?: Actor | null): Promise<Simulation> {
  const step = await getStep(call.stepId, actor);
  if (!step) throw new NotFoundError("This plug-in step");

  return readAs(
    "simulation.run",
    async (db) => simulateStepOn((await compiledOrganization(db)).organization, step, call),
    actor,
  );
}

/** Up to 20 users whose logon or full name contains the text, for the simulator's pickers. */
export function searchUsers(text: string, actor?: Actor | null) {
  const needle = text.trim().toLowerCase().slice(0, 100);

  return readAs(
    "simulation.run",
    (db) =>
      db.systemUser.findMany({
        where: needle
          ? { OR: [{ logonLower: { contains: needle } }, { fullNameLower: { contains: needle } }] }
          : undefined,
        select: { logon: true, fullName: true, disabled: true },
        orderBy: { logonLower: "asc" },
        take: 20,
      }),
    actor,
  );
}
