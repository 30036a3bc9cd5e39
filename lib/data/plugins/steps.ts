import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { organizationBeforeChange } from "@/lib/data/engine/organization-before-change";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import type { Organization } from "@/lib/engine";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createStepSchema, removeStepSchema, type StepInput, updateStepSchema } from "./schemas";
import { stepNameErrors } from "./validate-step";

// Registered plug-in steps and the calls their code makes (R20-R22). Every
// change is audited with the step's full state, by names, as an export writes it.

const withOperations = {
  operations: { orderBy: { ordinal: "asc" } },
  runAsUser: { select: { logon: true } },
} as const;

type StoredStepRow = Prisma.PluginStepGetPayload<{ include: typeof withOperations }>;

export type StepView = ReturnType<typeof toView>;

/** The step in the snapshot shape of SCENARIOS.md (`pluginSteps`): the audit's before/after. */
export function stepState(step: StoredStepRow) {
  return {
    name: step.name,
    assembly: step.assembly,
    typeName: step.typeName,
    message: step.message,
    table: step.table,
    stage: step.stage,
    mode: step.mode,
    isolation: step.isolation,
    deployment: step.deployment,
    runAs: step.runAsUser?.logon ?? null,
    operations: step.operations.map((op) => ({
      as: op.runAs,
      action: op.action,
      table: op.table,
      ...(op.record ? { record: op.record } : {}),
    })),
  };
}

function toView(step: StoredStepRow) {
  return { id: step.id, version: step.version, updatedAt: step.updatedAt, ...stepState(step) };
}

export function listSteps(actor?: Actor | null) {
  return readAs(
    "plugin-step.read",
    async (db) => {
      const steps = await db.pluginStep.findMany({ include: withOperations, orderBy: { name: "asc" } });
      return steps.map(toView);
    },
    actor,
  );
}

export function getStep(id: string, actor?: Actor | null) {
  return readAs(
    "plugin-step.read",
    async (db) => {
      const step = /^[0-9a-f-]{36}$/i.test(id)
        ? await db.pluginStep.findUnique({ where: { id }, include: withOperations })
        : null;
      return step ? toView(step) : null;
    },
    actor,
  );
}

function loadRow(tx: Tx, id: string) {
  return tx.pluginStep.findUnique({ where: { id }, include: withOperations });
}

function organizationFor(actor?: Actor | null) {
  return organizationBeforeChange("plugin-step.write", actor);
}

/** Names must resolve and the registration must be one the platform accepts (R20). */
async function checkStep(tx: Tx, organization: Organization | null, data: StepInput, exceptId?: string) {
  if (!organization) throw new Error("the organization could not be read");
  const errors = stepNameErrors(organization, data);

  const sameName = await tx.pluginStep.findFirst({
    where: {
      name: { equals: data.name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (sameName) errors.name ??= `A step named ${data.name} is already registered.`;
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  if (!data.runAs) return null;
  // Looked up again inside the transaction: the organization above was read
  // before it, and a user removed since must not turn into "Calling User".
  const runAs = await tx.systemUser.findUnique({ where: { logonLower: data.runAs.toLowerCase() } });
  if (!runAs) throw new ValidationError({ runAs: `There is no user ${data.runAs}.` });

  return runAs.id;
}

function stepColumns(data: StepInput, runAsUserId: string | null) {
  return {
    name: data.name,
    assembly: data.assembly,
    typeName: data.typeName,
    message: data.message,
    table: data.table,
    stage: data.stage,
    mode: data.mode,
    isolation: data.isolation,
    deployment: data.deployment,
    runAsUserId,
  };
}

function operationRows(data: StepInput) {
  return data.operations.map((op, ordinal) => ({
    ordinal,
    runAs: op.as,
    action: op.action,
    table: op.table,
    record: op.record ? (op.record as Prisma.InputJsonValue) : Prisma.DbNull,
  }));
}

export async function createStep(input: unknown, actor?: Actor | null) {
  const organization = await organizationFor(actor);

  return runMutation({
    actor,
    permission: "plugin-step.write",
    schema: createStepSchema,
    input,
    async run({ tx, data, audit }) {
      const runAsUserId = await checkStep(tx, organization, data);
      const created = await tx.pluginStep.create({
        data: { ...stepColumns(data, runAsUserId), operations: { create: operationRows(data) } },
        include: withOperations,
      });
      await touchOrganization(tx);
      await audit({
        action: "plugin-step.create",
        targetType: "plugin-step",
        targetId: created.id,
        targetLabel: created.name,
        before: null,
        after: stepState(created),
      });

      return toView(created);
    },
  });
}

export async function updateStep(input: unknown, actor?: Actor | null) {
  const organization = await organizationFor(actor);

  return runMutation({
    actor,
    permission: "plugin-step.write",
    schema: updateStepSchema,
    input,
    async run({ tx, data, audit }) {
      const before = await loadRow(tx, data.id);
      if (!before) throw new NotFoundError("This plug-in step");
      const runAsUserId = await checkStep(tx, organization, data, data.id);

      const result = await tx.pluginStep.updateMany({
        where: { id: data.id, version: data.version },
        data: { ...stepColumns(data, runAsUserId), version: { increment: 1 } },
      });
      await expectUpdated(result, "This plug-in step", async () => toView(before));
      await tx.pluginOperation.deleteMany({ where: { stepId: data.id } });
      const rows = operationRows(data).map((row) => ({ ...row, stepId: data.id }));
      await tx.pluginOperation.createMany({ data: rows });
      await touchOrganization(tx);

      const after = (await loadRow(tx, data.id))!;
      await audit({
        action: "plugin-step.update",
        targetType: "plugin-step",
        targetId: data.id,
        targetLabel: after.name,
        before: stepState(before),
        after: stepState(after),
      });

      return toView(after);
    },
  });
}

export function removeStep(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "plugin-step.write",
    schema: removeStepSchema,
    input,
    async run({ tx, data, audit }) {
      const before = await loadRow(tx, data.id);
      if (!before) throw new NotFoundError("This plug-in step");

      const result = await tx.pluginStep.deleteMany({ where: { id: data.id, version: data.version } });
      await expectUpdated(result, "This plug-in step", async () => toView(before));
      await touchOrganization(tx);
      await audit({
        action: "plugin-step.delete",
        targetType: "plugin-step",
        targetId: data.id,
        targetLabel: before.name,
        before: stepState(before),
        after: null,
      });

      return undefined;
    },
  });
}
