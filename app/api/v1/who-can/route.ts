import { z } from "zod";
import { apiActor } from "@/lib/api/actor";
import { errorResponse } from "@/lib/api/respond";
import { zodFieldErrors } from "@/lib/data/mutation";
import { compiledOrganization } from "@/lib/data/engine/organization";
import { readAs } from "@/lib/data/read";
import { whoCan, type WhoCanQuery } from "@/lib/engine";
import { ValidationError } from "@/lib/errors";
import { LEVELS, TABLE_RIGHTS } from "@/lib/scenario/schema";

// GET /api/v1/who-can?privilege=prvReadAccount&level=Local, or
// ?table=account&right=Read: every user holding it at that level or higher,
// over all their roles and owner teams' roles (R10), disabled users marked.

const querySchema = z
  .object({
    privilege: z.string().trim().min(1).max(200).optional(),
    table: z.string().trim().min(1).max(100).optional(),
    right: z.enum(TABLE_RIGHTS).optional(),
    level: z.enum(LEVELS.filter((level) => level !== "None") as [string, ...string[]]).default("Basic"),
  })
  .refine((q) => Boolean(q.privilege) !== Boolean(q.table && q.right), {
    path: ["privilege"],
    message: "give either privilege, or table and right",
  });

export async function GET(request: Request) {
  try {
    const actor = await apiActor(request);
    const search = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = querySchema.safeParse(search);
    const rows = await readAs(
      "directory.read",
      async (db) => {
        if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
        const { privilege, table, right, level } = parsed.data;
        const query: WhoCanQuery = privilege ? { privilege } : { table: table!, right: right! };
        return whoCan((await compiledOrganization(db)).organization, query, level as (typeof LEVELS)[number]);
      },
      actor,
    );

    return Response.json({ count: rows.length, users: rows });
  } catch (error) {
    return errorResponse(error);
  }
}
