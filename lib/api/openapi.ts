import { CONSOLE_ROLES } from "@/lib/auth/permissions";
import { TABLE_RIGHTS } from "@/lib/scenario/schema";

// The HTTP API described as OpenAPI 3.1, served at GET /api/v1/openapi.json.
// Shapes follow SCENARIOS.md: a check as in a scenario file, answers as the
// simulator gives them. Kept by hand beside the routes it describes.

const text = { type: "string" };
const integer = { type: "integer" };
const object = (properties: Record<string, unknown>) => ({ type: "object", properties });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const errorBody = json(ref("Error"));
const errors = {
  "400": { description: "Invalid request; `error.fields` names each key path", content: errorBody },
  "401": { description: "No session and no valid token (revoked ones included)", content: errorBody },
  "403": { description: "The account's role or the token's scope may not do this", content: errorBody },
};

// Account management takes a signed-in Admin session: no token scope reaches it.
const sessionOnly = [{ session: [] }];

const record = {
  type: "object",
  additionalProperties: false,
  properties: {
    owner: { type: "string", description: "a user's logon, DOMAIN\\name" },
    ownerTeam: { type: "string" },
    sharedWith: {
      type: "array",
      items: {
        type: "object",
        required: ["principal", "rights"],
        properties: { principal: { type: "string" }, rights: { type: "array", items: ref("TableRight") } },
      },
    },
  },
};

const operation = {
  type: "object",
  required: ["as", "action", "table"],
  properties: {
    as: {
      type: "string",
      description: 'CreateOrganizationService target: "context", "initiating", "system" or a logon (R22)',
    },
    action: ref("TableRight"),
    table: { type: "string" },
    record,
  },
};

const schemas = {
  TableRight: { type: "string", enum: [...TABLE_RIGHTS] },
  Outcome: { type: "string", enum: ["allowed", "denied", "failed"] },
  Error: {
    type: "object",
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", examples: ["VALIDATION", "NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND"] },
          message: { type: "string" },
          fields: {
            type: "array",
            items: object({ path: { type: "string", examples: ["checks[0].caller"] }, message: text }),
          },
        },
      },
    },
  },
  Check: {
    description:
      "One check of a scenario file (SCENARIOS.md): access, impersonation (R17-R18) or plug-in call (R20-R25)",
    oneOf: [
      {
        title: "Access",
        type: "object",
        required: ["name", "user", "action", "table"],
        properties: {
          name: text,
          user: text,
          action: ref("TableRight"),
          table: text,
          record,
          expect: ref("Outcome"),
        },
      },
      {
        title: "Impersonation",
        type: "object",
        required: ["name", "caller", "impersonate", "action", "table"],
        properties: {
          name: { type: "string" },
          caller: { type: "string" },
          impersonate: { type: "string" },
          action: ref("TableRight"),
          table: { type: "string" },
          record,
          expect: ref("Outcome"),
        },
      },
      {
        title: "Plug-in call",
        type: "object",
        required: ["name", "step", "caller"],
        properties: {
          name: { type: "string" },
          caller: { type: "string" },
          step: {
            type: "object",
            required: ["message", "table"],
            properties: {
              message: { type: "string" },
              table: { type: "string" },
              stage: { enum: ["PreValidation", "PreOperation", "PostOperation"] },
              mode: { enum: ["Synchronous", "Asynchronous"] },
              isolation: { enum: ["Sandbox", "None"] },
              runAs: { type: "string" },
              client: { enum: ["Server", "Offline"] },
            },
          },
          operations: { type: "array", items: operation },
          expect: { type: "object" },
        },
      },
    ],
  },
  CheckResult: {
    type: "object",
    required: ["name", "outcome", "reasons", "warnings"],
    properties: {
      name: { type: "string" },
      kind: { enum: ["access", "impersonation", "plugin"] },
      outcome: ref("Outcome"),
      reasons: { type: "array", items: object({ rule: text, text }) },
      warnings: { type: "array", items: object({ code: text, text }) },
      userId: { type: "string" },
      initiatingUserId: { type: "string" },
      processAccount: { type: "string" },
      errorCode: { type: "string" },
      operations: {
        type: "array",
        items: object({ outcome: ref("Outcome"), actingUser: text, owner: text, reasons: { type: "array" } }),
      },
      met: { type: "boolean" },
      differences: { type: "array" },
    },
  },
  Account: {
    type: "object",
    properties: {
      id: text,
      username: text,
      displayName: text,
      role: { enum: [...CONSOLE_ROLES] },
      disabled: { type: "boolean" },
      version: integer,
      createdAt: { type: "string", format: "date-time" },
      lastSignInAt: { type: ["string", "null"], format: "date-time" },
    },
  },
  NewAccount: {
    type: "object",
    required: ["username", "password", "confirm", "role"],
    properties: {
      username: { type: "string", minLength: 3, maxLength: 64, pattern: "^[A-Za-z0-9._@-]+$" },
      displayName: { type: "string", maxLength: 100 },
      password: { type: "string", minLength: 12, maxLength: 200 },
      confirm: { type: "string", description: "the password again" },
      role: { enum: [...CONSOLE_ROLES] },
    },
  },
  PluginStep: {
    type: "object",
    required: ["name", "message", "table"],
    properties: {
      name: { type: "string" },
      assembly: { type: "string" },
      typeName: { type: "string" },
      message: { type: "string" },
      table: { type: "string" },
      stage: { enum: ["PreValidation", "PreOperation", "PostOperation"], default: "PostOperation" },
      mode: {
        enum: ["Synchronous", "Asynchronous"],
        default: "Synchronous",
        description: "Asynchronous is PostOperation only (R20)",
      },
      isolation: { enum: ["Sandbox", "None"], default: "Sandbox" },
      deployment: { enum: ["Server", "Offline", "Both"], default: "Server" },
      runAs: { type: ["string", "null"], description: "null: Calling User (R20, R21)" },
      operations: { type: "array", items: operation },
    },
  },
};

const bearer = [{ bearer: [] }, { session: [] }];

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Identity Console API",
    version: "1",
    description:
      "Who a Dynamics 365 CE (on-premises) plug-in runs as, and what it may do. " +
      "Send `Authorization: Bearer <token>` (an Admin issues tokens for their own account on the " +
      "API tokens page) or use a signed-in session. A read token may read and simulate; a write " +
      "token may also register plug-in steps; console accounts take a session. Rule ids (R1-R28) " +
      "refer to the console's domain rules.",
  },
  servers: [{ url: "/api/v1" }],
  components: {
    schemas,
    securitySchemes: {
      bearer: {
        type: "http",
        scheme: "bearer",
        description: "An API token; a read token changes nothing, a write token only registers steps",
      },
      session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
    },
  },
  security: bearer,
  paths: {
    "/simulate": {
      post: {
        summary: "Answer checks against the console's organization",
        description: "`{ checks: [...] }`, a bare array of checks, or one check; always answered as a list",
        requestBody: {
          required: true,
          content: json({
            oneOf: [
              {
                ...object({ checks: { type: "array", items: ref("Check"), minItems: 1 } }),
                required: ["checks"],
                additionalProperties: false,
              },
              { type: "array", items: ref("Check"), minItems: 1, description: "the checks, bare" },
              ref("Check"),
            ],
          }),
        },
        responses: {
          "200": {
            description: "One result per check, in order",
            content: json({
              type: "object",
              properties: {
                results: { type: "array", items: ref("CheckResult") },
                summary: object({ checks: integer, met: integer, unmet: integer }),
              },
            }),
          },
          ...errors,
        },
      },
    },
    "/users/{logon}/effective-privileges": {
      get: {
        summary: "A user's effective privileges, each with its sources (R10)",
        parameters: [
          {
            name: "logon",
            in: "path",
            required: true,
            description: "URL-encoded DOMAIN\\name",
            schema: text,
          },
        ],
        responses: {
          "200": { description: "The user's privileges" },
          "404": { description: "No such user", content: json(ref("Error")) },
          ...errors,
        },
      },
    },
    "/who-can": {
      get: {
        summary: "Every user holding a privilege at a level or higher",
        parameters: [
          { name: "privilege", in: "query", schema: text, description: "for example prvReadAccount" },
          { name: "table", in: "query", schema: text, description: "with right, instead of privilege" },
          { name: "right", in: "query", schema: ref("TableRight") },
          {
            name: "level",
            in: "query",
            schema: { enum: ["Basic", "Local", "Deep", "Global"], default: "Basic" },
          },
        ],
        responses: { "200": { description: "{ count, users }" }, ...errors },
      },
    },
    "/plugin-steps": {
      get: {
        summary: "Registered plug-in steps with their operations",
        responses: {
          "200": { description: "The steps", content: json({ type: "array", items: ref("PluginStep") }) },
          ...errors,
        },
      },
      post: {
        summary: "Register a plug-in step (write token or Admin session)",
        requestBody: { required: true, content: json(ref("PluginStep")) },
        responses: {
          "201": { description: "The step as stored", content: json(ref("PluginStep")) },
          ...errors,
        },
      },
    },
    "/accounts": {
      get: {
        summary: "Console accounts (Admin session only)",
        security: sessionOnly,
        responses: {
          "200": { description: "The accounts", content: json({ type: "array", items: ref("Account") }) },
          ...errors,
        },
      },
      post: {
        summary: "Create a console account (Admin session only)",
        security: sessionOnly,
        requestBody: { required: true, content: json(ref("NewAccount")) },
        responses: {
          "201": { description: "The account as stored", content: json(ref("Account")) },
          ...errors,
        },
      },
    },
    "/openapi.json": {
      get: { summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
    },
  },
};
