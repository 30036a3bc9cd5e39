import { expect, type Page, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// Users as an administrator: search, create (with a field error), roles,
// a move with the R6 warning, bulk role assignment and CSV import.

test.use({ storageState: ADMIN_STATE });

const tag = Date.now().toString(36);

async function createUser(page: Page, logon: string, businessUnit: string) {
  await page.goto("/users/new");
  await page.getByLabel("Logon name").fill(logon);
  await page.getByLabel("Full name").fill(`Test ${logon.split("\\")[1]}`);
  await page.getByLabel("Business unit").selectOption({ label: businessUnit });
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { name: logon })).toBeVisible();
}

async function assignRole(page: Page, role: string) {
  await page.getByLabel("Role to assign").selectOption({ label: role });
  await page.getByRole("button", { name: "Assign role" }).click();
  await expect(
    page.getByRole("table", { name: "Roles held directly" }).getByRole("link", { name: role.split(" (")[0] }),
  ).toBeVisible();
}

test("finds one user by search, with the search in the URL", async ({ page }) => {
  await page.goto("/users");
  await page.getByLabel("Search users").fill("megan");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/q=megan/);
  await expect(page.getByRole("link", { name: "CONTOSO\\megan.bowen" })).toBeVisible();
  await expect(page.getByText("1–1 of 1")).toBeVisible();
});

test("creates a user, refusing a bad logon next to the field, then assigns a role", async ({ page }) => {
  await page.goto("/users/new");
  await page.getByLabel("Logon name").fill("no-domain");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Logon name must look like DOMAIN\\name")).toBeVisible();
  await expect(page.getByLabel("Logon name")).toHaveAttribute("aria-invalid", "true");

  await createUser(page, `E2E\\new.${tag}`, "Sales");
  await expect(page.getByRole("status")).toHaveText(`User E2E\\new.${tag} created.`);
  await assignRole(page, "Sales Manager (Sales)");
});

test("warns which roles a move removes (R6) before moving the user", async ({ page }) => {
  await createUser(page, `E2E\\mover.${tag}`, "Sales-East");
  await assignRole(page, "Salesperson (Contoso)");
  await assignRole(page, "Sales Manager (Sales)");

  await page.getByLabel("Move to business unit").selectOption({ label: "Finance" });
  await page.getByRole("button", { name: "Review move" }).click();
  const removed = page.getByRole("list", { name: "Role assignments removed by the move" });
  await expect(removed.getByRole("listitem")).toHaveCount(2);
  await expect(removed).toContainText("Salesperson");
  await expect(removed).toContainText("Sales Manager");

  await page.getByRole("button", { name: "Move to Finance" }).click();
  await expect(page.getByRole("link", { name: "Finance", exact: true })).toBeVisible();
  await expect(page.getByText("No role held directly.")).toBeVisible();
});

test("assigns a role to every selected user at once", async ({ page }) => {
  await createUser(page, `E2E\\bulk1.${tag}`, "Service");
  await createUser(page, `E2E\\bulk2.${tag}`, "Service");

  await page.goto(`/users?q=${encodeURIComponent(`e2e\\bulk`)}`);
  await page.getByLabel("Select all users on this page").check();
  await page.getByLabel("Role for the selected users").selectOption({ label: "Service Manager (Service)" });
  await page.getByRole("button", { name: "Assign to selected" }).click();

  await expect(page.getByRole("status")).toHaveText("Assigned Service Manager to 2 users.");
  await page.getByRole("link", { name: `E2E\\bulk2.${tag}` }).click();
  await expect(page.getByRole("table", { name: "Roles held directly" })).toContainText("Service Manager");
});

test("imports users from CSV: a row error refuses the file, a good file goes in whole", async ({ page }) => {
  const header = "logon,fullName,businessUnit,roles,accessMode,disabled";
  await page.goto("/users/import");

  const bad = [
    header,
    `E2E\\csv1.${tag},One,Sales,Basic User,ReadWrite,false`,
    `E2E\\csv2.${tag},Two,Nowhere,,ReadWrite,false`,
  ];
  await page
    .getByLabel("Users file (CSV)")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad.join("\n")) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("list", { name: "Row errors" })).toContainText(
    'Row 3, column businessUnit: No business unit named "Nowhere".',
  );
  await expect(page.getByRole("button", { name: /^Import \d+ user/ })).toHaveCount(0);

  const good = [
    header,
    `E2E\\csv1.${tag},One,Sales,Basic User;Sales Manager,ReadWrite,false`,
    `E2E\\csv2.${tag},Two,Finance,,Read,true`,
  ];
  await page
    .getByLabel("Users file (CSV)")
    .setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good.join("\n")) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("table", { name: "Users to import" }).getByRole("row")).toHaveCount(3);
  await page.getByRole("button", { name: "Import 2 users" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 2 users.");

  await page.goto(`/users?q=${encodeURIComponent(`e2e\\csv`)}`);
  await expect(page.getByText("1–2 of 2")).toBeVisible();
});

test("a save over someone else's newer change is refused and marks the field that changed", async ({
  page,
  browser,
}) => {
  await createUser(page, `CONTOSO\\twice.${tag}`, "Finance");
  const url = page.url().split("?")[0]!;
  const other = await browser.newContext({ storageState: ADMIN_STATE });
  const second = await other.newPage();
  await second.goto(url);

  await page.getByLabel("Full name").fill("Renamed First");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await second.getByLabel("Access mode").selectOption("Read");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const notice = second.getByRole("region", { name: "Changed by someone else" });
  await expect(notice).toContainText("Changed since you opened the page: Full name.");
  await expect(notice).toContainText("Renamed First (you saw: Test twice.");

  // The first save stands; the refused one wrote nothing.
  await second.reload();
  await expect(second.getByLabel("Full name")).toHaveValue("Renamed First");
  await expect(second.getByLabel("Access mode")).toHaveValue("ReadWrite");
  await other.close();
});
