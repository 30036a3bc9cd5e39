import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { UserFacingError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type SearchParams, firstParam } from "@/lib/ui/list-params";

// The audit log, read only: there is no function anywhere in the console that
// edits or deletes an audit event. Filters run in the database (indexes on
// at, actorName, action, and targetType + targetId) and pages are fetched one
// at a time.

const text = z.string().trim().max(200).catch("");
const when = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  actor: text,
  action: text,
  targetType: text,
  targetId: text,
  target: text,
  from: when,
  to: when,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).catch(25),
});

export type AuditFilters = z.infer<typeof auditFilterSchema>;

export function auditFiltersOf(params: SearchParams): AuditFilters {
  const keys = Object.keys(auditFilterSchema.shape);

  return auditFilterSchema.parse(Object.fromEntries(keys.map((key) => [key, firstParam(params, key)])));
}

/** Times in the filter are UTC; a bare date "to" includes that whole day. */
function instant(value: string, endOfDay: boolean) {
  if (value.length === 10) return new Date(`${value}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z`);

  return new Date(`${value.length === 16 ? `${value}:00` : value}${endOfDay ? ".999" : ".000"}Z`);
}

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.actor) where.actorName = { equals: filters.actor, mode: "insensitive" };
  if (filters.action) where.action = filters.action;
  if (filters.targetType) where.targetType = filters.targetType;
  if (filters.targetId) where.targetId = filters.targetId;
  if (filters.target) where.targetLabel = { contains: filters.target, mode: "insensitive" };
  if (filters.from || filters.to) {
    where.at = {
      ...(filters.from ? { gte: instant(filters.from, false) } : {}),
      ...(filters.to ? { lte: instant(filters.to, true) } : {}),
    };
  }

  return where;
}

// The write order (seq), not the time: the events of one transaction share a
// timestamp, and the log must read in the order they happened.
const NEWEST_FIRST = { seq: "desc" } as const;

export function listAuditEvents(filters: AuditFilters, actor?: Actor | null) {
  return readAs(
    "audit.read",
    async (db) => {
      const where = auditWhere(filters);
      const [events, total] = await Promise.all([
        db.auditEvent.findMany({
          where,
          orderBy: NEWEST_FIRST,
          skip: (filters.page - 1) * filters.pageSize,
          take: filters.pageSize,
        }),
        db.auditEvent.count({ where }),
      ]);

      return { events, total };
    },
    actor,
  );
}

/** The choices of the filter form: who has acted, which kinds and target types exist. */
export function auditFilterChoices(actor?: Actor | null) {
  return readAs(
    "audit.read",
    async (db) => {
      const [actors, actions, types] = await Promise.all([
        db.auditEvent.findMany({
          distinct: ["actorName"],
          select: { actorName: true },
          orderBy: { actorName: "asc" },
        }),
        db.auditEvent.findMany({
          distinct: ["action"],
          select: { action: true },
          orderBy: { action: "asc" },
        }),
        db.auditEvent.findMany({
          distinct: ["targetType"],
          select: { targetType: true },
          orderBy: { targetType: "asc" },
        }),
      ]);

      return {
        actors: actors.map((row) => row.actorName),
        actions: actions.map((row) => row.action),
        targetTypes: types.map((row) => row.targetType),
      };
    },
    actor,
  );
}

// An export is evidence, but not unbounded: 50,000 rows is more than a year of
// a busy console. Evidence cut short without saying so would mislead, so a
// filter matching more is refused whole, with what to do instead.
export const AUDIT_EXPORT_LIMIT = 50_000;

export class AuditExportTooLargeError extends UserFacingError {
  constructor(readonly limit: number) {
    super(
      "EXPORT_TOO_LARGE",
      `More than ${limit.toLocaleString("en")} events match these filters, more than one export holds. ` +
        "Nothing was exported: narrow the filter (a shorter time range, one actor or one kind) and " +
        "export each part.",
    );
  }
}

/** Every matching event, newest first; refused when more than `limit` match. */
export function exportAuditEvents(filters: AuditFilters, actor?: Actor | null, limit = AUDIT_EXPORT_LIMIT) {
  return readAs(
    "audit.read",
    async (db) => {
      // One row past the limit tells a complete export from a cut one without a count.
      const events = await db.auditEvent.findMany({
        where: auditWhere(filters),
        orderBy: NEWEST_FIRST,
        take: limit + 1,
      });
      if (events.length > limit) throw new AuditExportTooLargeError(limit);

      return events;
    },
    actor,
  );
}
