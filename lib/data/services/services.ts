import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { compiledOrganization, touchOrganization } from "@/lib/data/engine/organization";
import { expectUpdated, runMutation } from "@/lib/data/mutation";
import { readAs } from "@/lib/data/read";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { serviceAccountState } from "./audit-state";
import { isServiceKey, SERVICE_KEYS, type ServiceKey } from "./catalog";
import { parseIdentity, sameAccount } from "./identity";
import { addRequiredMemberships, recordIdentityChange } from "./identity-writes";
import { planIdentityChange, type StoredSnapshot } from "./impact";
import { type GroupMembers, requiredMemberships } from "./requirements";
import { changeIdentitySchema, setServersSchema } from "./schemas";

async function groupMembers(db: Db): Promise<GroupMembers> {
  const groups = await db.directoryGroup.findMany({ include: { members: { select: { account: true } } } });

  return Object.fromEntries(groups.map((group) => [group.name, group.members.map((m) => m.account)]));
}

/** CRM users whose logon is one of these accounts (R27), found through the lower-cased index. */
async function crmUsersNamed(db: Db, accounts: string[]) {
  const users = await db.systemUser.findMany({
    where: { logonLower: { in: [...new Set(accounts.map((a) => a.toLowerCase()))] } },
    select: { logon: true, logonLower: true, disabled: true },
  });

  return new Map(users.map((user) => [user.logonLower, user]));
}

export function listServiceAccounts(actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      const rows = await db.serviceAccount.findMany();
      const groups = await groupMembers(db);
      const users = await crmUsersNamed(
        db,
        rows.map((row) => row.identity),
      );
      const order = (service: string) => SERVICE_KEYS.indexOf(service as ServiceKey);

      return rows
        .filter((row) => isServiceKey(row.service))
        .sort((a, b) => order(a.service) - order(b.service))
        .map((row) => ({
          ...row,
          service: row.service as ServiceKey,
          requirements: requiredMemberships(row.service as ServiceKey, row.identity, groups),
          crmUser: users.get(row.identity.toLowerCase()) ?? null,
          sharedWith: sharedWith(rows, row),
        }));
    },
    actor,
  );
}

type ServiceIdentity = { service: string; identity: string };

function sharedWith(rows: ServiceIdentity[], row: ServiceIdentity) {
  if (!row.identity.includes("\\")) return [];

  return rows
    .filter((other) => other.service !== row.service && sameAccount(other.identity, row.identity))
    .map((other) => other.service);
}

export function getServiceAccount(service: string, actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      if (!isServiceKey(service)) return null;
      const row = await db.serviceAccount.findUnique({ where: { service } });
      if (!row) return null;

      const [groups, all, history, audit] = await Promise.all([
        groupMembers(db),
        db.serviceAccount.findMany({ select: { service: true, identity: true } }),
        db.serviceIdentityChange.findMany({
          where: { serviceAccountId: row.id },
          orderBy: { changedAt: "desc" },
        }),
        db.auditEvent.findMany({
          where: { targetType: "service-account", targetId: row.id },
          orderBy: { at: "desc" },
          take: 50,
        }),
      ]);
      const users = await crmUsersNamed(db, [row.identity]);

      return {
        ...row,
        service,
        requirements: requiredMemberships(service, row.identity, groups),
        crmUser: users.get(row.identity.toLowerCase()) ?? null,
        sharedWith: sharedWith(all, row),
        history,
        audit,
      };
    },
    actor,
  );
}

export type PreviewInput = { service: string; identity: string; addMissing: boolean };

/** The engine's view of a change before it is made; refusals name the field. */
export function previewIdentityChange(input: PreviewInput, actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      if (!isServiceKey(input.service)) throw new NotFoundError("This service");
      const parsed = parseIdentity(input.service, input.identity);
      if (!parsed.ok) return { ok: false as const, fieldErrors: { identity: parsed.message } };

      const { snapshot, organization } = await compiledOrganization(db);
      const plan = planIdentityChange({
        snapshot: snapshot as StoredSnapshot,
        compiled: organization,
        service: input.service,
        identity: parsed.identity,
        addMissing: input.addMissing,
      });

      return { ok: true as const, plan };
    },
    actor,
  );
}

/**
 * Moves a service to a new identity and, when asked, adds the account to the
 * groups R26 requires, all in one transaction with one audit event per target:
 * a failure anywhere (a group gone, a stale version) leaves everything as it was.
 */
export function changeServiceIdentity(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "service-account.write",
    schema: changeIdentitySchema,
    input,
    async run({ tx, actor, data, audit }) {
      const parsed = parseIdentity(data.service, data.identity);
      if (!parsed.ok) throw new ValidationError({ identity: parsed.message });

      const current = await tx.serviceAccount.findUnique({ where: { service: data.service } });
      if (!current) throw new NotFoundError("This service");
      // Windows account names ignore case: CONTOSO\svc and contoso\SVC are one account.
      if (sameAccount(current.identity, parsed.identity)) {
        throw new ValidationError({ identity: `${data.service} already runs as ${current.identity}.` });
      }

      const result = await tx.serviceAccount.updateMany({
        where: { id: current.id, version: data.version },
        data: { identity: parsed.identity, version: { increment: 1 } },
      });
      const what = `The ${data.service} service account`;
      await expectUpdated(result, what, async () => serviceAccountState(current));

      const writer = { tx, actor, audit };
      const change = await recordIdentityChange(writer, current, parsed.identity, data.reason);
      const added = data.addMissing
        ? await addRequiredMemberships(writer, data.service, parsed.identity, data.reason)
        : [];
      await touchOrganization(tx);

      return {
        changeId: change.id,
        service: data.service,
        from: current.identity,
        to: parsed.identity,
        added,
      };
    },
  });
}

/** The servers a service runs on feed the runbook only; the engine does not see them. */
export function setServiceServers(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "service-account.write",
    schema: setServersSchema,
    input,
    async run({ tx, data, audit }) {
      const current = await tx.serviceAccount.findUnique({ where: { service: data.service } });
      if (!current) throw new NotFoundError("This service");

      const result = await tx.serviceAccount.updateMany({
        where: { id: current.id, version: data.version },
        data: { servers: data.servers, version: { increment: 1 } },
      });
      const what = `The ${data.service} service account`;
      await expectUpdated(result, what, async () => serviceAccountState(current));
      await audit({
        action: "service-account.set-servers",
        targetType: "service-account",
        targetId: current.id,
        targetLabel: data.service,
        before: serviceAccountState(current),
        after: serviceAccountState({ ...current, servers: data.servers }),
      });

      return { servers: data.servers, version: current.version + 1 };
    },
  });
}

export function getIdentityChange(service: string, changeId: string, actor?: Actor | null) {
  return readAs(
    "service-account.read",
    async (db) => {
      if (!isServiceKey(service)) return null;
      const change = await db.serviceIdentityChange.findFirst({
        where: { id: changeId, serviceAccount: { service } },
        include: { serviceAccount: true },
      });

      return change;
    },
    actor,
  );
}
