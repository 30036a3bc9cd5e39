import { apiActor, readJson } from "@/lib/api/actor";
import { errorResponse, failureResponse, resultResponse } from "@/lib/api/respond";
import { changeServiceIdentity, getServiceAccount } from "@/lib/data/services/services";

// The identity as JSON: GET reads it with the version a change must carry;
// POST changes it (scripts, and proof that the server itself refuses an
// Auditor). Body: { identity, version, addMissing?, reason }.

type Context = { params: Promise<{ service: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const row = await getServiceAccount((await params).service, await apiActor(request));
    if (!row) return failureResponse({ ok: false, code: "NOT_FOUND", message: "No such service." });

    const { service, identity, servers, version, requirements } = row;
    return Response.json({ service, identity, servers, version, requirements });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: Context) {
  try {
    const { service } = await params;
    const actor = await apiActor(request);
    const body = await readJson(request);
    if (!body.ok || typeof body.body !== "object" || body.body === null) {
      return failureResponse({ ok: false, code: "INVALID_JSON", message: "The body is not a JSON object." });
    }

    return resultResponse(await changeServiceIdentity({ ...body.body, service }, actor));
  } catch (error) {
    return errorResponse(error);
  }
}
