"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/data/mutation";
import { createToken, revokeToken } from "@/lib/data/tokens/tokens";

export async function createTokenAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await createToken(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/tokens");
  return { ...result, message: `Token ${result.data.name} created with ${result.data.scope} scope.` };
}

/** A refusal is returned, not swallowed: a token left active must not look revoked. */
export async function revokeTokenAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await revokeToken(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/tokens");
  return { ...result, message: "Token revoked." };
}
