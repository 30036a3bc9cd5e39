import { z } from "zod";
import { isLogonName } from "@/lib/scenario/schema-primitives";
import { GROUP_NAMES, SERVICE_KEYS } from "./catalog";

// What the service and group forms (and the API) may send. The identity itself
// is checked against the service in the data function (parseIdentity), since
// what is valid depends on whether the service is an application pool.

const reason = z
  .string({ error: "Say why." })
  .trim()
  .min(3, "Say why, in a few words: it is kept in the audit log.")
  .max(500, "Keep the reason under 500 characters.");

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const serviceKeySchema = z.enum(SERVICE_KEYS, { message: "Choose one of the deployment's services." });
export const groupNameSchema = z.enum(GROUP_NAMES, { message: "Choose one of the deployment's AD groups." });

export const changeIdentitySchema = z.object({
  service: serviceKeySchema,
  identity: z.string({ error: "Enter the new identity." }).trim().max(300, "That identity is too long."),
  version: z.coerce.number({ error: "The form is out of date: reload it." }).int().min(1),
  addMissing: checkbox,
  reason,
});

// A NetBIOS or DNS host name: what Invoke-Command -ComputerName takes.
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*$/;

const sameHost = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const setServersSchema = z.object({
  service: serviceKeySchema,
  version: z.coerce.number({ error: "The form is out of date: reload it." }).int().min(1),
  servers: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,;]+/)))
    .transform((names) => names.map((name) => name.trim()).filter(Boolean))
    .pipe(
      z
        .array(
          z.string().max(253).regex(HOST, "Server names are host names such as CRM01 or crm01.contoso.com."),
        )
        .max(50, "List at most 50 servers."),
    )
    // The first spelling of a name wins; later ones differing only in case are the same server.
    .transform((names) => names.filter((name, i) => names.findIndex((n) => sameHost(n, name)) === i)),
});

const account = z
  .string({ error: "Enter the account." })
  .trim()
  .refine(isLogonName, "Write the account as DOMAIN\\account.");

export const groupMemberSchema = z.object({ group: groupNameSchema, account, reason });
