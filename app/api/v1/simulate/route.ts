import { apiActor, readJson } from "@/lib/api/actor";
import { authorize } from "@/lib/auth/actor";
import { errorResponse, failureResponse } from "@/lib/api/respond";
import { simulateChecks } from "@/lib/data/plugins/simulate";
import { ValidationError } from "@/lib/errors";

// POST /api/v1/simulate: one check, or { "checks": [...] }, in the scenario
// file's check shape, answered against the console's organization in the
// SCENARIOS.md answer shape. A single check is answered as a list of one, and
// its errors are named as `checks[0]...` all the same.

const NOT_JSON = { ok: false as const, code: "INVALID_JSON", message: "The body is not valid JSON." };

export async function POST(request: Request) {
  try {
    // Refused before the body is read: no token, or a read-only one.
    const actor = authorize(await apiActor(request), "simulation.run");
    const body = await readJson(request);
    if (!body.ok) return failureResponse(NOT_JSON);

    const single = typeof body.body === "object" && body.body !== null && !("checks" in body.body);
    const answer = await simulateChecks(single ? { checks: [body.body] } : body.body, actor);
    if (!answer.ok) {
      const fields = Object.fromEntries(answer.errors.map((error) => [error.path || "body", error.message]));
      throw new ValidationError(fields, "The checks are not valid; each error names its key path.");
    }

    return Response.json(answer.answer);
  } catch (error) {
    return errorResponse(error);
  }
}
