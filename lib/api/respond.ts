import "server-only";
import { NextResponse } from "next/server";
import type { ActionResult } from "@/lib/data/mutation";
import { toFailure } from "@/lib/data/mutation";

const STATUS: Record<string, number> = {
  NOT_SIGNED_IN: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  INVALID_JSON: 400,
  CONFLICT: 409,
  UNEXPECTED: 500,
};

type Failure = Extract<ActionResult, { ok: false }>;

/** Errors as JSON: a code, a message for people, and each field's key path. */
export function failureResponse(failure: Failure) {
  const fields = Object.entries(failure.fieldErrors ?? {}).map(([path, message]) => ({ path, message }));
  const body = {
    error: {
      code: failure.code,
      message: failure.message,
      ...(fields.length ? { fields } : {}),
      ...(failure.conflict !== undefined ? { current: failure.conflict } : {}),
    },
  };

  return NextResponse.json(body, { status: STATUS[failure.code] ?? 400 });
}

export function resultResponse<T>(result: ActionResult<T>, status = 200) {
  return result.ok ? NextResponse.json(result.data ?? { ok: true }, { status }) : failureResponse(result);
}

export function errorResponse(error: unknown) {
  return failureResponse(toFailure(error));
}
