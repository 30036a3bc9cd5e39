// Only a convenience: sends people without a session cookie to sign in.
// Authorization is decided where data is read or written (lib/auth/actor.ts),
// never here.
import { type NextRequest, NextResponse } from "next/server";

const PUBLIC = ["/sign-in", "/setup", "/api/"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();

  const hasSession = request.cookies.getAll().some((cookie) => cookie.name.includes("authjs.session-token"));
  if (hasSession) return NextResponse.next();

  return NextResponse.redirect(new URL("/sign-in", request.url));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
