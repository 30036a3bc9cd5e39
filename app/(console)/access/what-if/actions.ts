"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { applyWhatIf } from "@/lib/data/access/apply-what-if";
import type { ActionResult } from "@/lib/data/mutation";

export async function applyWhatIfAction(_previous: ActionResult<unknown> | null, form: FormData) {
  let changes: unknown;
  try {
    changes = JSON.parse(String(form.get("changes") ?? "[]"));
  } catch {
    changes = null;
  }
  const result = await applyWhatIf({
    changes,
    revision: form.get("revision"),
    reason: form.get("reason") ?? "",
  });
  if (!result.ok) return result;

  revalidatePath("/", "layout");
  redirect(`/access/what-if?applied=${result.data.applied}`);
}
