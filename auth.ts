// Auth.js: console accounts sign in with a username and password (argon2id).
// Sessions are JWTs; each carries the account's session version, which the
// data access layer compares on every request (lib/auth/actor.ts), so that
// disabling an account or changing its password ends its sessions at once.
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { checkCredentials } from "@/lib/auth/credentials";
import { endSession, SESSION_SECONDS, type SignedOutToken } from "@/lib/auth/sessions";
import { log } from "@/lib/log";

ensureAuthSecret();

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/sign-in" },
  // A refused password is an everyday event, not a crash: one line, no stack
  // trace (the throttle in lib/auth/credentials.ts counts them). Anything else
  // goes to the same structured log as the console's own errors.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return log.warn("sign-in refused");
      log.error("auth error", { name: error.name, error: error.message });
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();

        const account = await checkCredentials(parsed.data.username, parsed.data.password);
        if (!account) throw new CredentialsSignin();

        return { id: account.id, name: account.username, sessionVersion: account.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.accountId = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        // Names this one session, so that signing out can end it alone, and fixes
        // when it began: refreshing the token moves its expiry, never this
        // (lib/auth/sessions.ts).
        token.sessionId = randomUUID();
        token.signedInAt = Date.now();
      }

      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        accountId: token.accountId as string | undefined,
        sessionVersion: token.sessionVersion as number | undefined,
        sessionId: token.sessionId as string | undefined,
        signedInAt: token.signedInAt as number | undefined,
      };
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message) await endSession(message.token as SignedOutToken | null);
    },
  },
});
