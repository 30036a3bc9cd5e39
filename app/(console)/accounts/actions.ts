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

export async function setAccountDisabledAction(form: FormData) {
  await setAccountDisabled(Object.fromEntries(form));
  revalidatePath("/accounts");
}
