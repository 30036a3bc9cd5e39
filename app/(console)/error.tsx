"use client";

import { Button } from "@/components/ui/button";

// What a person sees when a page fails: never the error's own text, which may
// carry database detail; the digest lets an administrator find it in the log.
export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">This page could not be shown</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong on the server. Nothing was changed.
        {error.digest && <span className="mt-2 block font-mono text-xs">Reference {error.digest}</span>}
      </p>
      <Button className="mt-4" variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
