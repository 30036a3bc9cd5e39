"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/data/mutation";
import { updateOrganizationSettings } from "@/lib/data/organization/settings";

export async function updateSettingsAction(_previous: ActionResult | null, form: FormData) {
  const result = await updateOrganizationSettings(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/settings");
  return { ...result, message: "Settings saved." };
}
