import { expect, type Page, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// Security roles as an administrator: the privilege grid, copy, compare,
// solution XML import, and two people saving the same role.

test.use({ storageState: ADMIN_STATE });

const tag = Date.now().toString(36);
const FIXTURE = "tests/fixtures/dataverse-roles/microsoft-nonprofits_send-email-as-another-user.xml";

async function copyOfSalesperson(page: Page, name: string) {
  await page.goto("/roles");
  await page.getByRole("link", { name: "Salesperson", exact: true }).click();
  await page.getByLabel("New role name").fill(name);
  await page.getByRole("button", { name: "Copy role" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`Role ${name} created as a copy.`);
}

test("copies a role, edits a grid cell and saves it; compares it with the original", async ({ page }) => {
  await copyOfSalesperson(page, `Seller ${tag}`);
  await expect(page.getByRole("button", { name: "Delete invoice: None" })).toBeVisible();

  await page.getByRole("button", { name: "Delete invoice: None" }).click();
  await expect(page.getByRole("button", { name: "Delete invoice: User (Basic)" })).toBeVisible();
  // R9: an organization-owned table goes straight from None to Global.
  await page.getByRole("button", { name: "Create uom: None" }).click();
  await expect(page.getByRole("button", { name: "Create uom: Organization (Global)" })).toBeVisible();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toHaveText(
    "Saved: 2 privileges changed.",
  );

  await page.reload();
  await expect(page.getByRole("button", { name: "Delete invoice: User (Basic)" })).toBeVisible();

  await page.goto("/roles");
  await page.getByLabel("First role").selectOption({ label: `Seller ${tag} (Contoso)` });
  await page.getByLabel("Second role").selectOption({ label: "Salesperson (Contoso)" });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText("2 privileges differ")).toBeVisible();
  await expect(page.getByRole("row", { name: /^invoice/ })).toBeVisible();
});

test("a second person's save over a newer version is refused and shows what changed", async ({
  page,
  browser,
}) => {
  await copyOfSalesperson(page, `Shared ${tag}`);
  const url = page.url().split("?")[0];
  const other = await browser.newContext({ storageState: ADMIN_STATE });
  const second = await other.newPage();
  await second.goto(url);

  await page.getByRole("button", { name: "Delete invoice: None" }).click();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toHaveText(
    "Saved: 1 privilege changed.",
  );

  await second.getByRole("button", { name: "Delete incident: None" }).click();
  await second.getByRole("button", { name: "Save role" }).click();
  await expect(second.getByText("was changed by someone else since you opened it")).toBeVisible();
  await expect(second.getByRole("list", { name: "Changed since you opened the role" })).toContainText(
    "prvDeleteInvoice: you started from None, stored now User (Basic)",
  );

  // Nothing was lost: the first save stands, the refused one wrote nothing.
  await page.reload();
  await expect(page.getByRole("button", { name: "Delete invoice: User (Basic)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete incident: None" })).toBeVisible();

  // The second person may keep their change on top of the stored version.
  await second.getByRole("button", { name: "Keep my changes on top of the stored version" }).click();
  await second.getByRole("button", { name: "Save role" }).click();
  await expect(second.getByRole("status").filter({ hasText: /^Saved/ })).toHaveText(
    "Saved: 1 privilege changed.",
  );
  await page.reload();
  await expect(page.getByRole("button", { name: "Delete invoice: User (Basic)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete incident: User (Basic)" })).toBeVisible();
  await other.close();
});

test("imports a role from solution XML: preview first, then apply", async ({ page }) => {
  await page.goto("/roles/import");
  await page.getByLabel("Role file (XML)").setInputFiles(FIXTURE);
  await page.getByLabel("Business unit of the roles").selectOption({ label: "IT" });
  await page.getByRole("button", { name: "Preview import" }).click();

  const preview = page.getByRole("article", { name: "Send Email as Another User" });
  await expect(preview).toContainText("New role");
  await expect(preview).toContainText("Privileges added: 2");
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 1 role written, 0 unchanged.");

  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("article", { name: "Send Email as Another User" })).toContainText("No change");
  await page.goto("/roles");
  await expect(page.getByRole("row", { name: /Send Email as Another User IT/ })).toBeVisible();
});
