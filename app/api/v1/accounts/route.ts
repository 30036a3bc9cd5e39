import { apiActor, readJson } from "@/lib/api/actor";
import { errorResponse, failureResponse, resultResponse } from "@/lib/api/respond";
import { createAccount, listAccounts } from "@/lib/data/accounts/accounts";

export async function GET(request: Request) {
  try {
    return Response.json(await listAccounts(await apiActor(request)));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  const body = await readJson(request);
  if (!body.ok)
    return failureResponse({ ok: false, code: "INVALID_JSON", message: "The body is not valid JSON." });

  return resultResponse(await createAccount(body.body, await apiActor(request)), 201);
}
