import { expect, type Page, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// A kept simulation is re-run after a security role changes, and the Saved
// checks page shows the verdict that moved; the user's page leads to that
// user's history. A simulation opens as a printable evidence report, and a
// removal that the console refuses says so next to the check.

test.use({ storageState: ADMIN_STATE });

const tag = Date.now().toString(36);

/** A step of our own, registered through the API: Calling User, one Create on the step's table. */
async function registerStep(page: Page, name: string, table: string) {
  const response = await page.request.post("/api/v1/plugin-steps", {
    data: { name, message: "Create", table, operations: [{ as: "context", action: "Create", table }] },
  });
  expect(response.ok()).toBe(true);

  return ((await response.json()) as { id: string }).id;
}

async function simulate(page: Page, stepId: string, caller: string) {
  await page.goto(`/simulator?step=${stepId}`);
  await page.getByLabel("Calling user").fill(caller);
  await page.getByRole("button", { name: "Simulate", exact: true }).click();
}

async function keep(page: Page, name: string) {
  await page.getByLabel("Check name").fill(name);
  await page.getByRole("button", { name: "Keep as saved check" }).click();
  await expect(page.getByText(`Kept as "${name}"`)).toBeVisible();
}

test("keeps a check, takes a role away, and the re-run shows the changed verdict", async ({ page }) => {
  const clerk = `E2E\\clerk.${tag}`;
  await page.goto("/users/new");
  await page.getByLabel("Logon name").fill(clerk);
  await page.getByLabel("Full name").fill("Test clerk");
  await page.getByLabel("Business unit").selectOption({ label: "Finance" });
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { name: clerk })).toBeVisible();
  const userPage = new URL(page.url()).pathname;
  await page.getByLabel("Role to assign").selectOption({ label: "Finance Clerk (Finance)" });
  await page.getByRole("button", { name: "Assign role" }).click();
  const roles = page.getByRole("table", { name: "Roles held directly" });
  await expect(roles.getByRole("link", { name: "Finance Clerk" })).toBeVisible();

  const name = `Clerk invoice ${tag}`;
  await simulate(page, await registerStep(page, name, "invoice"), clerk);
  await expect(page.getByText("Verdict: allowed")).toBeVisible();
  await keep(page, `${name} as the clerk`);

  // Finance Clerk is the only role that lets the clerk create invoices (R11).
  await page.goto(userPage);
  await roles.getByRole("button", { name: "Remove Finance Clerk" }).click();
  await expect(page.getByText("No role held directly.")).toBeVisible();

  await page.goto("/checks");
  const row = page.getByRole("row").filter({ hasText: `${name} as the clerk` });
  await expect(row).toContainText("still holds");
  await page.getByRole("button", { name: "Re-run all checks" }).click();
  await expect(page.getByText(/Re-ran \d+ checks/)).toBeVisible();
  await expect(row).toContainText("changed");
  await expect(row).toContainText("outcome: kept allowed, now denied");
  await expect(row).toContainText("operations: kept allowed, now denied");

  // The user's page links to the audit log filtered to this user alone.
  await page.goto(userPage);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/targetType=user&targetId=/);
  await expect(page.getByText("Showing the history of one user.")).toBeVisible();
  const events = page.getByRole("table", { name: "Audit events" });
  await expect(events.getByRole("row")).toHaveCount(4); // the header, create, assign, remove
  for (const action of ["user.create", "user.assign-role", "user.remove-role"]) {
    await expect(events.getByRole("row").filter({ hasText: action })).toContainText(clerk);
  }
});

test("a simulation opens as a printable report with its identity chain, verdicts, rules and stamp", async ({
  page,
}) => {
  const name = `Report account ${tag}`;
  await simulate(page, await registerStep(page, name, "account"), "CONTOSO\\grady.archie");
  await expect(page.getByText(/Verdict: /)).toBeVisible();
  await page.getByRole("link", { name: "Printable report" }).click();

  await expect(
    page.getByRole("heading", {
      name: `Simulation of ${name} called by CONTOSO\\grady.archie on the server`,
    }),
  ).toBeVisible();
  await expect(page.getByRole("figure", { name: "Execution identity chain" })).toBeVisible();
  const evidence = page.getByLabel("Evidence");
  await expect(evidence).toContainText("e2e-admin");
  await expect(evidence).toContainText(/Produced\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
  const operations = page.getByRole("table", { name: "Operations" });
  await expect(operations.getByRole("row")).toHaveCount(2);
  await expect(operations).toContainText("R22");

  // On paper: no navigation or buttons, and the table's wrapper does not clip it.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(operations.locator("xpath=..")).toHaveCSS("overflow-x", "visible");
});

test("a removal the console refuses is shown next to the check", async ({ page, context }) => {
  const name = `Removed twice ${tag}`;
  await simulate(page, await registerStep(page, name, "account"), "CONTOSO\\grady.archie");
  await keep(page, name);
  await page.goto("/checks");
  const row = page.getByRole("row").filter({ hasText: name });

  // Someone else removes it first, from another window.
  const other = await context.newPage();
  await other.goto("/checks");
  await other.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(other.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  await row.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(row.getByRole("alert")).toHaveText("This saved check no longer exists.");
});
