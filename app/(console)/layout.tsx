import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/shell/account-menu";
import { Sidebar } from "@/components/shell/sidebar";
import { actorMay, currentActor } from "@/lib/auth/actor";
import { setupIsOpen } from "@/lib/data/accounts/setup";
import { NAV_ITEMS } from "@/lib/nav";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect((await setupIsOpen()) ? "/setup" : "/sign-in");

  const items = NAV_ITEMS.filter((item) => actorMay(actor, item.permission));

  return (
    <div className="flex min-h-screen">
      <Sidebar items={items} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print flex items-center justify-end border-b border-slate-200 bg-white px-6 py-3">
          <AccountMenu actor={actor} />
        </header>
        <main id="main" className="flex-1 px-6 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
