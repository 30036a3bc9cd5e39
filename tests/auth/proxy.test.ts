import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const COOKIE = { cookie: "authjs.session-token=anything" };
const TOKEN = { authorization: "Bearer icx_anything" };

// The proxy decides nothing (the data layer does); these pin only where it
// redirects, so that a token call is never turned away before its route.
const CASES: [string, Record<string, string>, "passes" | "to sign-in" | "400"][] = [
  ["/api/v1/who-can?privilege=prvReadAccount", TOKEN, "passes"],
  ["/api/v1/users/CONTOSO%5Calex.wilber/effective-privileges", TOKEN, "passes"],
  ["/api/v1/plugin-steps", {}, "passes"],
  ["/api/v1/openapi.json", {}, "passes"],
  ["/api/auth/session", {}, "passes"],
  ["/sign-in", {}, "passes"],
  ["/tokens", {}, "to sign-in"],
  ["/tokens", COOKIE, "passes"],
  // A token goes on to its route, which checks it (a page reads only the session).
  ["/tokens", TOKEN, "passes"],
  ["/audit/export?actor=system", TOKEN, "passes"],
  ["/access/who-can/export?privilege=prvReadAccount", TOKEN, "passes"],
  ["/access/what-if/apply", TOKEN, "passes"],
  ["/access/what-if/apply", COOKIE, "passes"],
  ["/audit/export", { authorization: "Basic YTpi" }, "to sign-in"],
  // Next.js would fail the route's own param decoding with a text 500.
  ["/api/v1/users/CONTOSO%ZZ/effective-privileges", TOKEN, "400"],
  ["/api/v1/users/CONTOSO%5C50%off/effective-privileges", {}, "400"],
  ["/api/v1/users/CONTOSO%5C50%25off/effective-privileges", TOKEN, "passes"],
];

describe("the proxy", () => {
  it.each(CASES)("%s with %o: %s", async (path, headers, expected) => {
    const response = proxy(new NextRequest(`http://localhost${path}`, { headers }));

    const redirect = response.headers.get("location");
    const outcome = response.status === 400 ? "400" : redirect ? "to sign-in" : "passes";
    expect(outcome).toBe(expected);
    if (redirect) expect(new URL(redirect).pathname).toBe("/sign-in");
    if (outcome === "400") expect((await response.json()).error.code).toBe("VALIDATION");
  });
});
