"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/data/mutation";
import { changeServiceIdentity, setServiceServers } from "@/lib/data/services/services";

export async function changeIdentityAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await changeServiceIdentity(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/services", "layout");
  revalidatePath("/groups", "layout");
  revalidatePath("/");
  // The service page shows the change and offers its runbook.
  redirect(`/services/${result.data.service}?change=${result.data.changeId}`);
}

export async function setServersAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await setServiceServers(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath(`/services/${form.get("service")}`);
  const count = result.data.servers.length;
  const message = count ? `Servers saved: ${result.data.servers.join(", ")}.` : "Servers cleared.";

  return { ...result, message };
}
