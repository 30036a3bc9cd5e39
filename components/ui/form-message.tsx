import { cx } from "./cx";

type Refusal = { message: string; fieldErrors?: Record<string, string> };

/**
 * A refusal in one sentence, for a place with no field to mark (a row, a
 * review): what the fields would say, else the general message.
 */
export function refusalText(refusal: Refusal) {
  return Object.values(refusal.fieldErrors ?? {}).join(" ") || refusal.message;
}

type Props = { state?: { ok: boolean; message?: string } | null; className?: string };

/**
 * The outcome of a form, announced to screen readers. Failures use role
 * "alert"; successes a polite status, so they do not interrupt.
 */
export function FormMessage({ state, className }: Props) {
  if (!state?.message) return null;

  return state.ok ? (
    <p role="status" className={cx("rounded-md bg-green-50 px-3 py-2 text-sm text-green-800", className)}>
      {state.message}
    </p>
  ) : (
    <p role="alert" className={cx("rounded-md bg-red-50 px-3 py-2 text-sm text-red-800", className)}>
      {state.message}
    </p>
  );
}
