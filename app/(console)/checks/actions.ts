"use server";

import { revalidatePath } from "next/cache";
import { removeSavedCheck, rerunSavedChecks } from "@/lib/data/checks/saved-checks";
import type { ActionResult } from "@/lib/data/mutation";

export async function rerunAction(_previous: ActionResult<unknown> | null) {
  const result = await rerunSavedChecks({});
  if (!result.ok) return result;

  revalidatePath("/checks");
  const { checks, met, unmet } = result.data;
  return { ...result, message: `Re-ran ${checks} checks: ${met} still hold, ${unmet} changed.` };
}

// A refusal (someone removed it first, a stale version, a role that may not)
// goes back to the row it came from; the page is refreshed only on success, so
// the row and its message stay until the person has read them.
export async function removeCheckAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await removeSavedCheck(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/checks");
  return { ...result, message: "Check removed." };
}
