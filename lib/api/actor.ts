import "server-only";
import { type Actor, currentActor } from "@/lib/auth/actor";
import { actorFromBearer } from "./tokens";

/**
 * The caller of an API route: a bearer token when one is sent (and then only
 * that token: a bad token is not rescued by a cookie), else the session.
 */
export async function apiActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) return actorFromBearer(header);

  return currentActor();
}

/** The request's JSON body, or a 400 naming what is wrong. */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}
