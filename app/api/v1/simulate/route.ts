import { apiActor, readJson } from "@/lib/api/actor";
import { authorize } from "@/lib/auth/actor";
import { errorResponse, failureResponse } from "@/lib/api/respond";
import { simulateChecks } from "@/lib/data/plugins/simulate";
import { ValidationError } from "@/lib/errors";

// POST /api/v1/simulate: { "checks": [...] }, a bare array of checks, or one
// check, in the scenario file's check shape, answered against the console's
// organization in the SCENARIOS.md answer shape. Every form is answered as a
// list, and its errors are named as `checks[0]...` all the same.

const NOT_JSON = { ok: false as const, code: "INVALID_JSON", message: "The body is not valid JSON." };

/** The three accepted bodies as `{ checks }`; anything else is left for the schema to refuse. */
function asChecksBody(body: unknown) {
  if (Array.isArray(body)) return { checks: body };
  if (typeof body === "object" && body !== null && !("checks" in body)) return { checks: [body] };

  return body;
}

export async function POST(request: Request) {
  try {
    // Refused before the body is read: no token, or a read-only one.
    const actor = authorize(await apiActor(request), "simulation.run");
    const body = await readJson(request);
    if (!body.ok) return failureResponse(NOT_JSON);

    const answer = await simulateChecks(asChecksBody(body.body), actor);
    if (!answer.ok) {
      const fields = Object.fromEntries(answer.errors.map((error) => [error.path || "body", error.message]));
      throw new ValidationError(fields, "The checks are not valid; each error names its key path.");
    }

    return Response.json(answer.answer);
  } catch (error) {
    return errorResponse(error);
  }
}
