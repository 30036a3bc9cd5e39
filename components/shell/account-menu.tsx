import { signOutAction } from "@/app/sign-in/actions";
import type { Actor } from "@/lib/auth/actor";
import { Badge } from "@/components/ui/badge";

export function AccountMenu({ actor }: { actor: Actor }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-slate-700">
        Signed in as <strong>{actor.displayName}</strong>
      </span>
      <Badge tone={actor.role === "Admin" ? "info" : "neutral"}>{actor.role}</Badge>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
          Sign out
        </button>
      </form>
    </div>
  );
}
