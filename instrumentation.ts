// Runs once when the server starts: bring the schema up to date (migrations)
// and, on an empty database, load the demo organization, before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { getDb } = await import("./lib/db/client");
  const { seedDemoIfEmpty } = await import("./lib/data/snapshot/seed-demo");
  await getDb();
  await seedDemoIfEmpty();
}
