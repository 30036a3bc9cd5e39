import type { ReactNode } from "react";

export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-900 px-4">
      <div className="w-full max-w-md rounded-xl bg-white p-8 shadow-xl">
        <p className="text-sm font-semibold text-brand-600">Identity Console</p>
        <h1 className="mb-2 mt-1 text-2xl font-semibold text-slate-900">{title}</h1>
        {intro && <div className="mb-6 text-sm text-slate-600">{intro}</div>}
        {children}
      </div>
    </main>
  );
}
