import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext, test } from "@playwright/test";
import { ADMIN_STATE, AUDITOR_STATE } from "./accounts";

// Issue 5: moving CRMAppPool to a domain account safely. The demo starts with
// CRMAppPool = CONTOSO\svc-crmapp outside PrivUserGroup, the async account also
// a CRM user, and the disabled tom.departed still in PrivUserGroup.

const suffix = Date.now().toString(36);
const NEW_ACCOUNT = `CONTOSO\\svc-crmweb-${suffix}`;
const STEP = `Number accounts ${suffix}`;

async function identityOf(request: APIRequestContext) {
  const response = await request.get("/services/CRMAppPool/identity");
  expect(response.ok()).toBe(true);

  return (await response.json()) as { identity: string; version: number };
}

test.describe("as an auditor", () => {
  test.use({ storageState: AUDITOR_STATE });

  test("sees services, groups and findings, but no change controls", async ({ page }) => {
    await page.goto("/");
    const findings = page.getByRole("list", { name: "Findings" });
    await expect(findings.getByText("CONTOSO\\tom.departed is still in PrivUserGroup")).toBeVisible();
    await expect(findings.getByText(/runs as CONTOSO\\svc-crmasync, which is also a CRM user/)).toBeVisible();

    await page.getByRole("link", { name: "Service accounts" }).click();
    await page.getByRole("link", { name: "Web Application" }).click();
    await expect(page.getByRole("heading", { name: "Web Application (CRMAppPool)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Change identity" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save servers" })).toHaveCount(0);

    await page.goto("/groups/PrivUserGroup");
    await expect(page.getByRole("cell", { name: "CONTOSO\\tom.departed" })).toBeVisible();
    await expect(page.getByText(/^Remove/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Add a member" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Add to PrivUserGroup/ })).toHaveCount(0);
  });

  test("a change sent straight to the server is refused and nothing changes", async ({ page }) => {
    const before = await identityOf(page.request);

    const response = await page.request.post("/services/CRMAppPool/identity", {
      data: { identity: "CONTOSO\\auditor", version: before.version, addMissing: true, reason: "sneaky" },
    });

    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    expect(await identityOf(page.request)).toEqual(before);
  });
});

test.describe("as an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("moves CRMAppPool to a new domain account with its memberships, then downloads the runbook", async ({
    page,
  }) => {
    const original = await identityOf(page.request);
    const registered = await page.request.post("/api/v1/plugin-steps", {
      data: {
        name: STEP,
        message: "Create",
        table: "account",
        stage: "PreOperation",
        mode: "Synchronous",
        isolation: "None",
        operations: [
          { as: "context", action: "Read", table: "account", record: { owner: "CONTOSO\\bianca.pisani" } },
        ],
      },
    });
    expect(registered.status()).toBe(201);

    await page.goto("/services");
    await page.getByRole("link", { name: "Web Application" }).click();
    await page.getByRole("link", { name: "Change identity" }).click();
    await page.getByLabel("New identity").fill(NEW_ACCOUNT);
    await page.getByRole("button", { name: "Preview change" }).click();

    const notMember = "is not a member of PrivUserGroup and SQLAccessGroup";
    const missing = page.getByRole("alert").filter({ hasText: notMember });
    await expect(missing).toContainText("0x80048401");
    const stepRow = page.getByRole("row").filter({ hasText: STEP });
    await expect(stepRow).toContainText("Still failing");

    await page.getByLabel("Also add the missing memberships").check();
    await expect(stepRow).toContainText("Recovers");
    await expect(page.getByText("Added on confirm")).toHaveCount(2);

    await page.getByLabel("Reason for the change").fill("Dedicated web account, e2e");
    await page.getByRole("button", { name: "Confirm change" }).click();
    await expect(page).toHaveURL(/\/services\/CRMAppPool\?change=/);
    await expect(page.getByRole("status")).toContainText(`now runs as ${NEW_ACCOUNT}`);

    const audit = page.getByRole("list", { name: "Audit events of this service account" });
    await expect(audit.getByText("service-account.change-identity").first()).toBeVisible();
    await expect(audit.getByText(`identity: ${original.identity} → ${NEW_ACCOUNT}`).first()).toBeVisible();
    const history = page.getByRole("row").filter({ hasText: "Dedicated web account, e2e" });
    await expect(history).toContainText(NEW_ACCOUNT);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the runbook (.ps1)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^identity-change-CRMAppPool-.*\.ps1$/);
    const script = await readFile(await download.path(), "utf8");
    expect(script).toContain("Get-Credential");
    expect(script).toContain(`$account = '${NEW_ACCOUNT}'`);
    expect(script).toContain("Restart-WebAppPool -Name 'CRMAppPool'");
    expect(script).not.toMatch(/password\s*=\s*'/i);

    await page.goto("/groups/PrivUserGroup");
    const member = page.getByRole("row").filter({ hasText: NEW_ACCOUNT });
    await expect(member).toContainText("Service account: CRMAppPool");
    await expect(page.getByRole("list", { name: "Audit events of PrivUserGroup" })).toContainText(
      `members + ${NEW_ACCOUNT}`,
    );

    // Other specs share this server and expect the demo's CRMAppPool account.
    const now = await identityOf(page.request);
    const restore = await page.request.post("/services/CRMAppPool/identity", {
      data: { identity: original.identity, version: now.version, reason: "e2e: back to the demo account" },
    });
    expect(restore.ok()).toBe(true);
  });
});
