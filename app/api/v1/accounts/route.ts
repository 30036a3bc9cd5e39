import { apiActor, readJson } from "@/lib/api/actor";
import { errorResponse, failureResponse, resultResponse } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/actor";
import { createAccount, listAccounts } from "@/lib/data/accounts/accounts";

// GET lists the console accounts; POST creates one. A signed-in Admin
// session only: no token scope includes account.* (lib/auth/permissions.ts),
// so a leaked script secret cannot make itself an administrator.

const NOT_JSON = { ok: false as const, code: "INVALID_JSON", message: "The body is not valid JSON." };

export async function GET(request: Request) {
  try {
    return Response.json(await listAccounts(await apiActor(request)));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    // Refused before the body is read: no session, or any token.
    const actor = authorize(await apiActor(request), "account.write");
    const body = await readJson(request);
    if (!body.ok) return failureResponse(NOT_JSON);

    return resultResponse(await createAccount(body.body, actor), 201);
  } catch (error) {
    return errorResponse(error);
  }
}
