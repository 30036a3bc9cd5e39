import "server-only";
import type { z } from "zod";
import { type Actor, authorize, currentActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, type FieldErrors, UserFacingError, ValidationError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { recordAudit, type AuditInput } from "./audit";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: string;
      message: string;
      fieldErrors?: FieldErrors;
      conflict?: unknown;
    };

export type MutationContext<D> = {
  tx: Tx;
  actor: Actor;
  data: D;
  audit: (event: AuditInput) => Promise<void>;
};

type MutationSpec<S extends z.ZodType, T> = {
  permission: Permission;
  schema: S;
  input: unknown;
  /** Defaults to the signed-in account; API routes pass the token's actor. */
  actor?: Actor | null;
  run: (context: MutationContext<z.infer<S>>) => Promise<T>;
};

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }

  return fieldErrors;
}

/** Validated input, or a ValidationError naming each field: for reads that take input, as mutations do. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));

  return parsed.data;
}

/** Turns any error into what a person may see: expected ones as they are, others as an event id. */
export function toFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof ConflictError) {
    return { ok: false, code: error.code, message: error.userMessage, conflict: error.current };
  }
  if (error instanceof UserFacingError) {
    return { ok: false, code: error.code, message: error.userMessage, fieldErrors: error.fieldErrors };
  }
  // Each change checks its names before writing and changes are serialized, so
  // a unique index refusing a row means a name check is missing somewhere: say
  // what a person can act on, and log it like any other surprise.
  if (isUniqueViolation(error)) {
    const eventId = logUnexpected(error);
    const message =
      "That name is already taken (names ignore case). Nothing was saved; choose another. " +
      `Reference ${eventId}.`;
    return { ok: false, code: "DUPLICATE", message };
  }
  const eventId = logUnexpected(error);

  return {
    ok: false,
    code: "UNEXPECTED",
    message: `Something went wrong and nothing was saved. Quote reference ${eventId} to your administrator.`,
  };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Every change goes through here: authorize on the server, validate with zod,
 * then run the change and its audit events in one transaction. A failure at
 * any step leaves the database as it was.
 */
export async function runMutation<S extends z.ZodType, T>(
  spec: MutationSpec<S, T>,
): Promise<ActionResult<T>> {
  try {
    const actor = authorize(spec.actor === undefined ? await currentActor() : spec.actor, spec.permission);
    const input = parseInput(spec.schema, spec.input);

    const db = await getDb();
    const data = await db.$transaction(
      async (tx) => {
        await serializeChanges(tx);

        return spec.run({
          tx,
          actor,
          data: input,
          audit: (event) => recordAudit(tx, actor, event),
        });
      },
      { timeout: 60_000, maxWait: 30_000 },
    );

    return { ok: true, data };
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * Changes are checked against what the transaction reads (no cycle in the BU
 * tree, R1; a role held only in its BU or below, R7; a name not yet taken), so
 * two changes must not read the same state at once: under READ COMMITTED both
 * could pass their checks and together break a rule. Every change first locks
 * the one organization row; the next waits, then reads what the first wrote.
 * An admin console makes few changes a second, so serializing them costs little.
 */
async function serializeChanges(tx: Tx) {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = 1 FOR UPDATE`;
}

/**
 * Optimistic concurrency: an update written as `updateMany({ where: { id,
 * version } })` touches no row when someone saved first. Then nothing is
 * written and the person is shown what is stored now.
 */
export async function expectUpdated(
  result: { count: number },
  what: string,
  loadCurrent: () => Promise<unknown>,
) {
  if (result.count === 1) return;

  throw new ConflictError(what, await loadCurrent());
}
