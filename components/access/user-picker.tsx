import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Found = {
  id: string;
  logon: string;
  fullName: string;
  disabled: boolean;
  businessUnit: { name: string };
};

type Props = {
  action: string;
  name?: string;
  label?: string;
  query: string;
  results: Found[];
  hrefFor: (logon: string) => string;
  keep?: Record<string, string | undefined>;
};

/**
 * Picks one user among many: the search runs on the server (a GET form, so
 * it works without script and the URL can be shared) and lists a few matches.
 */
export function UserPicker({
  action,
  name = "q",
  label = "Find a user",
  query,
  results,
  hrefFor,
  keep = {},
}: Props) {
  const id = `picker-${name}`;

  return (
    <div className="no-print space-y-2">
      <form action={action} method="get" role="search" className="flex items-end gap-2">
        {Object.entries(keep).map(([key, value]) =>
          value ? <input key={key} type="hidden" name={key} value={value} /> : null,
        )}
        <div className="w-96 space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {label}
          </label>
          <input
            id={id}
            name={name}
            defaultValue={query}
            placeholder="Logon or full name"
            className={inputClass}
            autoComplete="off"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {query && (
        <ul
          aria-label="Matching users"
          className="w-96 divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm"
        >
          {results.length === 0 && <li className="px-3 py-2 text-slate-500">No user matches “{query}”.</li>}
          {results.map((user) => (
            <li key={user.id}>
              <Link href={hrefFor(user.logon)} className="block px-3 py-2 hover:bg-slate-50">
                <span className="font-medium">{user.logon}</span>{" "}
                <span className="text-slate-600">{user.fullName}</span>{" "}
                <span className="text-xs text-slate-500">
                  · {user.businessUnit.name}
                  {user.disabled ? " · disabled" : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
