import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// API tokens: made on the tokens page, shown once, used as a bearer token,
// and refused once revoked.

test.use({ storageState: ADMIN_STATE });

test("a token made on the tokens page reads the API until it is revoked", async ({ page, playwright }) => {
  const name = `CI read ${Date.now()}`;
  await page.goto("/tokens");
  await expect(page.getByText(/The token acts as you/)).toBeVisible();
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Scope").selectOption("read");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page
    .getByRole("region", { name: "New token secret" })
    .locator("code")
    .textContent())!;
  expect(secret).toMatch(/^icx_/);

  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  expect((await api.get("/api/v1/plugin-steps")).status()).toBe(200);
  const refused = await api.post("/api/v1/plugin-steps", {
    data: { name: "by a read token", message: "Create", table: "account" },
  });
  expect(refused.status()).toBe(403);
  // Account management is for a signed-in session only, whatever the token.
  expect((await api.get("/api/v1/accounts")).status()).toBe(403);
  // The console's own exports take it too: the audit log as CSV for a SIEM.
  const audit = await api.get("/audit/export?action=organization.import", { maxRedirects: 0 });
  expect(audit.status()).toBe(200);
  expect(audit.headers()["content-type"]).toContain("text/csv");
  expect(await audit.text()).toMatch(/^time \(UTC\),actor,action,/);

  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  expect((await api.get("/api/v1/plugin-steps")).status()).toBe(401);
  await api.dispose();
});
