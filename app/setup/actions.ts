"use server";

import { redirect } from "next/navigation";
import { createFirstAdministrator } from "@/lib/data/accounts/setup";
import type { ActionResult } from "@/lib/data/mutation";

export async function setupAction(_previous: ActionResult | null, form: FormData) {
  const result = await createFirstAdministrator(Object.fromEntries(form));
  if (result.ok) redirect("/sign-in?setup=done");

  return result;
}
