"use client";

import { buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { BUILT_IN_IDENTITIES } from "@/lib/data/services/identity";

// A plain GET form: the preview lives in the URL, so it can be reloaded and
// shared. Ticking the checkbox asks again at once.

type Props = { identity: string; addMissing: boolean; error?: string; appPool: boolean };

export function PreviewForm({ identity, addMissing, error, appPool }: Props) {
  const builtIns = BUILT_IN_IDENTITIES.filter((name) => appPool || name !== "ApplicationPoolIdentity");

  return (
    <form method="get" className="grid gap-4 md:grid-cols-[1fr_auto] md:items-end">
      <InputField
        id="identity"
        label="New identity"
        defaultValue={identity}
        error={error}
        list="built-in-identities"
        autoComplete="off"
        hint={`A domain account (DOMAIN\\account) or one of ${builtIns.join(", ")} (R27).`}
      />
      <datalist id="built-in-identities">
        {builtIns.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" className={buttonClass("secondary", "md:mb-6")}>
        Preview change
      </button>
      <label className="flex items-center gap-2 text-sm text-slate-800 md:col-span-2">
        <input
          type="checkbox"
          name="addMissing"
          defaultChecked={addMissing}
          className="h-4 w-4 rounded border-slate-300"
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
        />
        Also add the missing memberships (R26) in the same change
      </label>
    </form>
  );
}
