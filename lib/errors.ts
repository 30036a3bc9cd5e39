// Errors a person may be shown. Anything else that escapes a data function is
// unexpected: it is logged with an event id and the person sees only that id.

export type FieldErrors = Record<string, string>;

export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(userMessage);
  }
}

export class NotSignedInError extends UserFacingError {
  constructor() {
    super("NOT_SIGNED_IN", "Your session has ended. Sign in again.");
  }
}

export class ForbiddenError extends UserFacingError {
  constructor(permission: string) {
    super("FORBIDDEN", `Your console role may not do this (${permission}).`);
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string) {
    super("NOT_FOUND", `${what} no longer exists.`);
  }
}

export class ValidationError extends UserFacingError {
  constructor(fieldErrors: FieldErrors, message = "Some fields need attention.") {
    super("VALIDATION", message, fieldErrors);
  }
}

/**
 * A save based on a version that is no longer current: someone else changed
 * the row since the form was read. `current` is what is stored now, so the
 * person can see what changed before trying again.
 */
export class ConflictError extends UserFacingError {
  constructor(
    what: string,
    readonly current: unknown,
  ) {
    super(
      "CONFLICT",
      `${what} was changed by someone else since you opened it. Nothing was saved; ` +
        "review the current values and try again.",
    );
  }
}
