// Structured log lines on stderr. Errors that a person must not see in full
// get an event id here and in the message they are shown.
import { randomUUID } from "node:crypto";

type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", message: string, fields: Fields = {}) {
  const line = { at: new Date().toISOString(), level, message, ...fields };
  process.stderr.write(JSON.stringify(line) + "\n");
}

export const log = {
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};

/** Logs an unexpected error with a fresh event id and returns that id. */
export function logUnexpected(error: unknown, context: Fields = {}) {
  const eventId = randomUUID().slice(0, 8);
  const detail =
    error instanceof Error ? { name: error.name, error: error.message, stack: error.stack } : { error };
  write("error", "unexpected error", { eventId, ...context, ...detail });

  return eventId;
}
