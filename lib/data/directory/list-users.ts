import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { readAs } from "@/lib/data/read";
import type { Prisma } from "@/lib/generated/prisma/client";

export const USER_SORTS = ["logon", "fullName", "businessUnit"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type UserListQuery = {
  q?: string;
  businessUnitId?: string;
  roleId?: string;
  teamId?: string;
  state?: "enabled" | "disabled" | "";
  accessMode?: string;
  sort?: UserSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

// Prisma hands startsWith/contains to LIKE without escaping: a backslash (every
// logon has one), % or _ in the search would otherwise act as a pattern.
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The filter as a where clause on the lower-cased columns, so the indexes on
 * logonLower and fullNameLower serve it. A search with a backslash is a logon
 * prefix (CONTOSO\ad); otherwise it matches the start of the account part of
 * the logon or any part of the full name.
 */
export function userWhere(query: UserListQuery): Prisma.SystemUserWhereInput {
  const and: Prisma.SystemUserWhereInput[] = [];
  const raw = (query.q ?? "").trim().toLowerCase();
  const q = escapeLike(raw);
  if (raw.includes("\\")) {
    and.push({ logonLower: { startsWith: q } });
  } else if (q) {
    and.push({
      OR: [
        { logonLower: { startsWith: q } },
        { logonLower: { contains: `\\\\${q}` } },
        { fullNameLower: { contains: q } },
      ],
    });
  }
  if (query.businessUnitId) and.push({ businessUnitId: query.businessUnitId });
  if (query.state === "enabled") and.push({ disabled: false });
  if (query.state === "disabled") and.push({ disabled: true });
  if (query.accessMode) and.push({ accessMode: query.accessMode });
  if (query.teamId) and.push({ teams: { some: { teamId: query.teamId } } });
  // R10: a role is held directly or through an owner team the user is in.
  if (query.roleId) {
    and.push({
      OR: [
        { roles: { some: { roleId: query.roleId } } },
        { teams: { some: { team: { roles: { some: { roleId: query.roleId } } } } } },
      ],
    });
  }

  return and.length > 0 ? { AND: and } : {};
}

const userRow = {
  id: true,
  logon: true,
  fullName: true,
  accessMode: true,
  disabled: true,
  applicationUser: true,
  businessUnit: { select: { id: true, name: true } },
} as const;

type UserRow = Prisma.SystemUserGetPayload<{ select: typeof userRow }>;

/**
 * Role and team counts for one page of users. Prisma's relation `_count`
 * aggregates the whole assignment tables when a filter is applied (seconds at
 * 100,000 users); two grouped counts over the page's ids take milliseconds.
 */
async function withCounts(db: Db, users: UserRow[]) {
  const ids = users.map((user) => user.id);
  const roles = await db.userRole.groupBy({
    by: ["userId"],
    where: { userId: { in: ids } },
    _count: { _all: true },
  });
  const teams = await db.teamMembership.groupBy({
    by: ["userId"],
    where: { userId: { in: ids } },
    _count: { _all: true },
  });
  const rolesOf = new Map(roles.map((row) => [row.userId, row._count._all]));
  const teamsOf = new Map(teams.map((row) => [row.userId, row._count._all]));

  return users.map((user) => ({
    ...user,
    _count: { roles: rolesOf.get(user.id) ?? 0, teams: teamsOf.get(user.id) ?? 0 },
  }));
}

type Page = { skip: number; take: number };

/**
 * Deep pages: OFFSET walks every row it skips, so a page past the middle is
 * read from the other end in the reverse order (at most half the rows are
 * skipped), then turned back round.
 */
function fromNearerEnd(total: number, page: Page) {
  const fromEnd = total - page.skip - page.take;
  if (page.skip <= fromEnd || fromEnd < 0) return { ...page, reversed: false };

  return { skip: fromEnd, take: page.take, reversed: true };
}

const flip = (dir: "asc" | "desc") => (dir === "asc" ? "desc" : "asc");

// Counting 100,000 rows costs more than reading a page, and paging through a
// list repeats the same count: keep the last totals, valid for one revision of
// the organization (every change to users, teams or roles moves it on).
const totalsByDb = new WeakMap<Db, Map<string, number>>();

async function countUsers(db: Db, where: Prisma.SystemUserWhereInput) {
  const organization = await db.organization.findUnique({ where: { id: 1 }, select: { revision: true } });
  const key = `${organization?.revision ?? -1}:${JSON.stringify(where)}`;
  const totals = totalsByDb.get(db) ?? new Map<string, number>();
  totalsByDb.set(db, totals);
  const known = totals.get(key);
  if (known !== undefined) return known;

  const total = await db.systemUser.count({ where });
  if (totals.size >= 200) totals.clear();
  totals.set(key, total);

  return total;
}

async function pageByColumn(db: Db, where: Prisma.SystemUserWhereInput, query: UserListQuery, page: Page) {
  const total = await countUsers(db, where);
  const plan = fromNearerEnd(total, page);
  const dir = query.dir ?? "asc";
  const order = (d: "asc" | "desc"): Prisma.SystemUserOrderByWithRelationInput[] =>
    query.sort === "fullName" ? [{ fullNameLower: d }, { logonLower: d }] : [{ logonLower: d }];
  const users = await db.systemUser.findMany({
    where,
    orderBy: order(plan.reversed ? flip(dir) : dir),
    skip: plan.skip,
    take: plan.take,
    select: userRow,
  });

  return { total, users: plan.reversed ? users.reverse() : users };
}

/**
 * Sorted by business unit: the units are few, so count per unit (one pass),
 * then read the page unit by unit on the (businessUnitId, logonLower) index
 * instead of sorting every user by a joined name.
 */
async function pageByUnit(db: Db, where: Prisma.SystemUserWhereInput, query: UserListQuery, page: Page) {
  const [counts, units] = await Promise.all([
    db.systemUser.groupBy({ by: ["businessUnitId"], where, _count: { _all: true } }),
    db.businessUnit.findMany({ select: { id: true }, orderBy: { nameLower: query.dir ?? "asc" } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.businessUnitId, row._count._all]));
  const total = counts.reduce((sum, row) => sum + row._count._all, 0);
  const users = [];
  let skip = page.skip;
  for (const unit of units) {
    const inUnit = countOf.get(unit.id) ?? 0;
    if (users.length >= page.take) break;
    if (skip >= inUnit) {
      skip -= inUnit;
      continue;
    }
    const take = page.take - users.length;
    const plan = fromNearerEnd(inUnit, { skip, take });
    const rows = await db.systemUser.findMany({
      where: { AND: [where, { businessUnitId: unit.id }] },
      orderBy: { logonLower: plan.reversed ? "desc" : "asc" },
      skip: plan.skip,
      take: plan.take,
      select: userRow,
    });
    users.push(...(plan.reversed ? rows.reverse() : rows));
    skip = 0;
  }

  return { total, users };
}

/** One page of users and the total: counts and page queries, never the whole table. */
export function listUsers(query: UserListQuery, actor?: Actor | null) {
  return readAs(
    "directory.read",
    async (db) => {
      const where = userWhere(query);
      const pageSize = query.pageSize ?? 50;
      const page = query.page ?? 1;
      const window = { skip: (page - 1) * pageSize, take: pageSize };
      const { total, users } =
        query.sort === "businessUnit"
          ? await pageByUnit(db, where, query, window)
          : await pageByColumn(db, where, query, window);

      return { total, users: await withCounts(db, users), page, pageSize };
    },
    actor,
  );
}
