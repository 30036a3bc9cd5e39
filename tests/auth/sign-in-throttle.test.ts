import { describe, expect, it } from "vitest";
import { clearFailures, isThrottled, recordFailure } from "@/lib/auth/sign-in-throttle";

describe("sign-in throttle", () => {
  it.each([
    [4, false],
    [5, true],
  ])("after %i failures within the window, throttled is %s", (count, throttled) => {
    const name = `user-${count}`;
    for (let i = 0; i < count; i++) recordFailure(name, 1_000 + i);

    expect(isThrottled(name.toUpperCase(), 2_000)).toBe(throttled);
  });

  it("forgets failures older than fifteen minutes, and a success clears them", () => {
    for (let i = 0; i < 5; i++) recordFailure("old", 0);
    expect(isThrottled("old", 15 * 60 * 1000 + 1)).toBe(false);

    for (let i = 0; i < 5; i++) recordFailure("cleared", 10);
    clearFailures("cleared");
    expect(isThrottled("cleared", 20)).toBe(false);
  });
});
