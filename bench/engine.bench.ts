// The engine's hot path at the size of a large organization: compiling
// 100,000 users, one access check per user, effective privileges, who-can.
import { compileOrganization, effectivePrivileges, runCheck, whoCan } from "@/lib/engine";
import { generateOrganization } from "./support/generate-organization";

const USERS = 100_000;

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

export default async function run() {
  const snapshot = generateOrganization(USERS);
  const [compiled, compileMs] = time(() => compileOrganization(snapshot));
  if (!compiled.ok) throw new Error(compiled.errors[0].message);
  const org = compiled.org;
  const users = snapshot.users!;

  const [, checksMs] = time(() => {
    for (let index = 0; index < users.length; index++) {
      runCheck(org, {
        name: "read a colleague's account",
        user: users[index].name,
        action: "Read",
        table: "account",
        record: { owner: users[(index * 7919) % users.length].name },
      });
    }
  });
  const [, effectiveMs] = time(() => {
    for (let index = 0; index < 1_000; index++) effectivePrivileges(org, users[index * 97].name);
  });
  const [rows, whoCanMs] = time(() => whoCan(org, { table: "account", right: "Write" }, "Deep"));

  return {
    name: `Security engine, ${USERS.toLocaleString("en")} users (${rows.length} may Write account at Deep)`,
    metrics: {
      "compile organization (ms)": compileMs,
      "100,000 access checks (ms)": checksMs,
      "one access check (µs)": (checksMs * 1000) / USERS,
      "1,000 effective-privilege answers (ms)": effectiveMs,
      "who can Write account at Deep (ms)": whoCanMs,
    },
    budget: {
      "compile organization (ms)": 3_000,
      "100,000 access checks (ms)": 3_000,
      "who can Write account at Deep (ms)": 1_000,
    },
  };
}
