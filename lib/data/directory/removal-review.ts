import { UserFacingError } from "@/lib/errors";

/**
 * A move's review lists the role assignments it will remove (R6, R7); the form
 * sends back how many it showed. If that number no longer matches, something
 * changed since the review, and the person must see the new list before
 * anything is removed.
 */
export function expectedRemovalsMatch(expected: number | undefined, actual: number) {
  if (expected === undefined || expected === actual) return;

  throw new UserFacingError(
    "REVIEW_OUTDATED",
    `The review showed ${expected} role assignment${expected === 1 ? "" : "s"} to remove, but ${actual} ` +
      "would be removed now: something changed since. Nothing was saved; review the move again.",
  );
}
