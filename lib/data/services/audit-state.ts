import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// The full state of one target in the shape the audit contract asks for
// (common brief): the access review rebuilds past states from these.

export function serviceAccountState(row: { service: string; identity: string; servers: string[] }) {
  return { service: row.service, identity: row.identity, servers: [...row.servers] };
}

export async function directoryGroupState(db: Db | Tx, groupId: string) {
  const group = await db.directoryGroup.findUniqueOrThrow({
    where: { id: groupId },
    include: { members: { orderBy: { accountLower: "asc" }, select: { account: true } } },
  });

  return { name: group.name, members: group.members.map((member) => member.account) };
}
