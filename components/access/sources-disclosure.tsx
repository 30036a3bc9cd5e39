"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";

// A keyboard-accessible disclosure for one matrix cell: the button says what
// it opens, Escape closes and returns focus, a click elsewhere closes.

type Props = { label: string; trigger: ReactNode; children: ReactNode };

export function SourcesDisclosure({ label, trigger, children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);

    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative inline-block"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen(!open)}
        className="rounded p-1 hover:bg-slate-100"
      >
        {trigger}
      </button>
      <div
        id={panelId}
        role="region"
        aria-label={label}
        hidden={!open}
        className="absolute left-1/2 top-full z-20 mt-1 w-96 -translate-x-1/2 rounded-md border border-slate-200 bg-white p-3 text-left text-xs font-normal normal-case text-slate-800 shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
