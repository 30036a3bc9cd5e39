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

export async function removeCheckAction(form: FormData) {
  await removeSavedCheck(Object.fromEntries(form));
  revalidatePath("/checks");
}
