import { apiActor } from "@/lib/api/actor";
import { errorResponse } from "@/lib/api/respond";
import { compiledOrganization } from "@/lib/data/engine/organization";
import { readAs } from "@/lib/data/read";
import { effectivePrivileges, UnknownUserError } from "@/lib/engine";
import { NotFoundError } from "@/lib/errors";

// GET /api/v1/users/{logon}/effective-privileges: every privilege the user
// holds, at the highest level over all sources (R10), with each source.
// The logon is URL-encoded: CONTOSO%5Cadele.vance.
//
// Next.js hands `params` over already decoded, so the logon is used as it
// comes: decoding it again would read a logon's own `%` (sent as %25) as an
// escape, a 500 or the wrong user. A path that is not validly encoded never
// reaches here; the proxy answers it with a JSON 400.

export async function GET(request: Request, { params }: { params: Promise<{ logon: string }> }) {
  try {
    const { logon } = await params;
    const actor = await apiActor(request);
    const answer = await readAs(
      "directory.read",
      async (db) => {
        const { organization } = await compiledOrganization(db);
        try {
          return effectivePrivileges(organization, logon);
        } catch (error) {
          if (error instanceof UnknownUserError) throw new NotFoundError(`User ${error.logon}`);
          throw error;
        }
      },
      actor,
    );

    return Response.json(answer);
  } catch (error) {
    return errorResponse(error);
  }
}
