// Slows password guessing: after five failed sign-ins for one username within
// fifteen minutes, that username is refused until the window has passed. Kept
// in the server's memory, so it resets on restart and is per process; a
// deployment behind several servers would keep it in the database instead.

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;

const failures = new Map<string, number[]>();

function recent(username: string, now: number) {
  const kept = (failures.get(username) ?? []).filter((at) => now - at < WINDOW_MS);
  if (kept.length > 0) failures.set(username, kept);
  else failures.delete(username);

  return kept;
}

export function isThrottled(username: string, now = Date.now()) {
  return recent(username.toLowerCase(), now).length >= MAX_FAILURES;
}

export function recordFailure(username: string, now = Date.now()) {
  const key = username.toLowerCase();
  failures.set(key, [...recent(key, now), now]);
}

export function clearFailures(username: string) {
  failures.delete(username.toLowerCase());
}
