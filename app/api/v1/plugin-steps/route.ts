import { apiActor, readJson } from "@/lib/api/actor";
import { authorize } from "@/lib/auth/actor";
import { errorResponse, failureResponse, resultResponse } from "@/lib/api/respond";
import { createStep, listSteps } from "@/lib/data/plugins/steps";

// GET lists the registered plug-in steps with their operations; POST
// registers one (a write token or an Admin session), in the shape of an
// export's `pluginSteps`.

const NOT_JSON = { ok: false as const, code: "INVALID_JSON", message: "The body is not valid JSON." };

export async function GET(request: Request) {
  try {
    return Response.json(await listSteps(await apiActor(request)));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    // Refused before the body is read: no token, or a read-only one.
    const actor = authorize(await apiActor(request), "plugin-step.write");
    const body = await readJson(request);
    if (!body.ok) return failureResponse(NOT_JSON);

    return resultResponse(await createStep(body.body, actor), 201);
  } catch (error) {
    return errorResponse(error);
  }
}
