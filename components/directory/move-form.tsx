"use client";

import { useActionState, useState, useTransition } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage, refusalText } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/data/mutation";
import { ConflictNotice } from "./conflict-notice";

export type MovePreview =
  | {
      ok: true;
      to: string;
      same: boolean;
      keep: boolean;
      lost: { id: string; name: string; rule: string; why: string }[];
    }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

type Props = {
  subject: string;
  /** The field the chosen unit is sent as: the new unit of a user or team, or a unit's new parent. */
  field?: "businessUnitId" | "parentId";
  label?: string;
  id: string;
  version: number;
  currentUnitId: string;
  units: { id: string; name: string }[];
  preview: (input: { id: string; businessUnitId: string }) => Promise<MovePreview>;
  move: (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
  /** What the page showed of the item, to mark what changed if the move is refused. */
  seen?: unknown;
};

/**
 * Moving to another business unit, in two steps: choose the unit, then read
 * which role assignments the move removes (R6, R7) BEFORE confirming it.
 */
export function MoveForm({
  subject,
  field = "businessUnitId",
  label = "Move to business unit",
  id,
  version,
  currentUnitId,
  units,
  preview,
  move,
  seen,
}: Props) {
  const [target, setTarget] = useState("");
  const [review, setReview] = useState<MovePreview | null>(null);
  const [checking, startChecking] = useTransition();
  const [state, action, pending] = useActionState(move, null);
  const options = [
    { value: "", label: "Choose a business unit…" },
    ...units
      .filter((unit) => unit.id !== currentUnitId)
      .map((unit) => ({ value: unit.id, label: unit.name })),
  ];

  return (
    <div className="space-y-3">
      <SelectField
        id={`move-${id}`}
        name="target"
        label={label}
        options={options}
        value={target}
        onChange={(event) => {
          setTarget(event.target.value);
          setReview(null);
        }}
      />
      {!review?.ok && (
        <Button
          variant="secondary"
          disabled={!target || checking}
          onClick={() => startChecking(async () => setReview(await preview({ id, businessUnitId: target })))}
        >
          {checking ? "Checking…" : "Review move"}
        </Button>
      )}
      {review && !review.ok && <FormMessage state={{ ok: false, message: refusalText(review) }} />}
      {review?.ok && (
        <ActionForm action={action} className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name={field} value={target} />
          <input type="hidden" name="expectedRemovals" value={review.lost.length} />
          <div
            role="region"
            aria-label="Before you move"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          >
            {review.lost.length === 0 ? (
              <p>
                Moving {subject} to <strong>{review.to}</strong> removes no role assignment
                {review.keep ? " (this organization keeps roles on a move, R6)." : "."}
              </p>
            ) : (
              <>
                <p>
                  Moving {subject} to <strong>{review.to}</strong> removes {review.lost.length} role
                  assignment
                  {review.lost.length === 1 ? "" : "s"}:
                </p>
                <ul aria-label="Role assignments removed by the move" className="mt-1 list-disc pl-5">
                  {review.lost.map((role) => (
                    <li key={role.id}>
                      <strong>{role.name}</strong> — {role.why} ({role.rule})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <FormMessage state={state} />
          <ConflictNotice result={state} seen={seen} />
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Moving…" : `Move to ${review.to}`}
            </Button>
            <Button variant="ghost" onClick={() => setReview(null)}>
              Cancel
            </Button>
          </div>
        </ActionForm>
      )}
    </div>
  );
}
