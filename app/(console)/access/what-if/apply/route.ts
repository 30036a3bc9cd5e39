import { apiActor, readJson } from "@/lib/api/actor";
import { errorResponse, failureResponse, resultResponse } from "@/lib/api/respond";
import { applyWhatIf } from "@/lib/data/access/apply-what-if";

// The same apply as the page's button, as JSON, for a session (no token may): { changes, revision, reason? }.
// Administrators only; the data layer refuses everyone else (organization.write).
export async function POST(request: Request) {
  try {
    const actor = await apiActor(request);
    const body = await readJson(request);
    if (!body.ok)
      return failureResponse({ ok: false, code: "INVALID_JSON", message: "The body is not valid JSON." });

    return resultResponse(await applyWhatIf(body.body, actor));
  } catch (error) {
    return errorResponse(error);
  }
}
