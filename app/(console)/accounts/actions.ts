"use server";

import { revalidatePath } from "next/cache";
import { createAccount, setAccountDisabled } from "@/lib/data/accounts/accounts";
import type { ActionResult } from "@/lib/data/mutation";

export async function createAccountAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await createAccount(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/accounts");
  return { ...result, message: `Account ${form.get("username")} created.` };
}

/** A refusal is returned, not swallowed: an account left active must not look disabled. */
export async function setAccountDisabledAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await setAccountDisabled(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/accounts");
  return { ...result, message: form.get("disabled") === "true" ? "Account disabled." : "Account enabled." };
}
