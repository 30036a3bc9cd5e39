// R20: a step is registered for the server, for the offline client, or for
// both ("Both"), and only a client it is registered for ever runs it. Asking
// what a Server-only step would do offline answers a question that cannot
// happen, so every simulation of a registered step checks this first. Pure:
// the simulator's form offers the same choices.

export type Client = "Server" | "Offline";

export function clientsFor(deployment: string | null | undefined): Client[] {
  if (deployment === "Offline") return ["Offline"];
  if (deployment === "Both") return ["Server", "Offline"];

  return ["Server"];
}

const WHERE: Record<Client, string> = { Server: "the server", Offline: "the offline client" };

/** Why the step cannot run on that client, or null when it is registered for it. */
export function clientRefusal(step: { name: string; deployment?: string | null }, client: Client) {
  const clients = clientsFor(step.deployment);
  if (clients.includes(client)) return null;

  return (
    `${step.name} is registered for ${WHERE[clients[0]]} only, so ${WHERE[client]} never runs it ` +
    `(R20): simulate it on ${WHERE[clients[0]]}.`
  );
}
