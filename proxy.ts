// Only a convenience: sends people without a session cookie to sign in, and
// turns away API paths that cannot be decoded. Authorization is decided where
// data is read or written (lib/auth/actor.ts), never here.
import { type NextRequest, NextResponse } from "next/server";

// Everything under /api/ answers for itself, with a JSON 401 when the caller
// is nobody. Token callers send no cookie, so redirecting them would hide the
// API from the very callers it is for; the same goes for the console's own
// exports (/audit/export, /access/who-can/export), which take a read token.
// A request that carries a token is therefore passed on wherever it goes:
// its route checks the token and its scope, and a page, which reads only the
// session, sends it to sign in.
const PUBLIC = ["/sign-in", "/setup", "/api/"];

const NOT_ENCODED = {
  error: { code: "VALIDATION", message: "The URL path is not validly percent-encoded." },
};

function decodes(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next.js decodes a route's params itself and fails a bad escape (`%ZZ`)
  // with a bare text 500; an API caller is owed a JSON 400 that says why.
  if (pathname.startsWith("/api/") && !decodes(pathname)) {
    return NextResponse.json(NOT_ENCODED, { status: 400 });
  }
  if (PUBLIC.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  if (/^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return NextResponse.next();

  const hasSession = request.cookies.getAll().some((cookie) => cookie.name.includes("authjs.session-token"));
  if (hasSession) return NextResponse.next();

  return NextResponse.redirect(new URL("/sign-in", request.url));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
