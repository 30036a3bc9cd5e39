import "server-only";
import { type Actor, currentActor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors";
import { actorFromBearer } from "./tokens";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export class CrossSiteRequestError extends UserFacingError {
  constructor() {
    super(
      "FORBIDDEN",
      "A change sent from another site is refused: use the console itself, or an API token.",
    );
  }
}

/**
 * The caller of an API route: a bearer token when one is sent (and then only
 * that token: a bad token is not rescued by a cookie), else the session.
 *
 * A session cookie rides along on any request the browser makes, including a
 * form or fetch posted by another site (a sibling intranet host is "same
 * site", so SameSite=Lax does not stop it). Server actions get Next's origin
 * check; route handlers get this one: a change made with the cookie must come
 * from the console's own origin. A token cannot be forged that way.
 */
export async function apiActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) return actorFromBearer(header);
  if (!SAFE_METHODS.has(request.method) && !fromOwnOrigin(request)) throw new CrossSiteRequestError();

  return currentActor();
}

/** Browsers send Origin with every POST; a request without one (curl) is no forged browser request. */
function fromOwnOrigin(request: Request) {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request's JSON body, or a 400 naming what is wrong. */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}
