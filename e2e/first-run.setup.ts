import { expect, test as setup } from "@playwright/test";
import { ADMIN, ADMIN_STATE, AUDITOR, AUDITOR_STATE } from "./accounts";
import { signIn } from "./sign-in";

// Runs first, on the fresh database: the first-run flow itself is the test,
// and what it creates is what every other test signs in with.

setup("first start sends people to setup, which creates the first administrator", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();

  await page.getByLabel("Username").fill(ADMIN.username);
  await page.getByLabel("Display name").fill("E2E Administrator");
  await page.getByLabel("Password", { exact: true }).fill("too short");
  await page.getByLabel("Repeat the password").fill("too short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Password must be at least 12 characters.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Repeat the password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Setup has disappeared for good.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in/);
});

setup("the administrator signs in and creates an auditor", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByText("Admin", { exact: true })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STATE });

  await page.getByRole("link", { name: "Console accounts" }).click();
  await page.getByLabel("Username").fill(AUDITOR.username);
  await page.getByLabel("Display name").fill("E2E Auditor");
  await page.getByLabel("Console role").selectOption("Auditor");
  await page.getByLabel("Initial password").fill(AUDITOR.password);
  await page.getByLabel("Repeat the password").fill(AUDITOR.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText(`Account ${AUDITOR.username} created.`);
  await expect(page.getByRole("cell", { name: AUDITOR.username, exact: true })).toBeVisible();
});

setup("the auditor signs in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, AUDITOR);
  await expect(page.getByText("Auditor", { exact: true })).toBeVisible();
  await context.storageState({ path: AUDITOR_STATE });
  await context.close();
});
