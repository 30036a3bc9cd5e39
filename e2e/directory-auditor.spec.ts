import { expect, test } from "@playwright/test";
import { AUDITOR_STATE } from "./accounts";

// An auditor reads every directory page and finds no way to change anything.

test.use({ storageState: AUDITOR_STATE });

test("directory pages render read-only for an auditor", async ({ page }) => {
  const noChange =
    /^(New user|Import|Assign|Remove|Save|Create|Rename|Move|Delete|Disable|Enable|Copy|Review move|Add)/;

  await page.goto("/users");
  await expect(page.getByRole("link", { name: "CONTOSO\\adele.vance" })).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New user" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import from CSV" })).toHaveCount(0);

  await page.getByRole("link", { name: "CONTOSO\\alex.wilber" }).click();
  await expect(page.getByRole("heading", { name: "CONTOSO\\alex.wilber" })).toBeVisible();
  await expect(page.getByRole("button", { name: noChange })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);

  await page.goto("/business-units");
  await page.getByRole("link", { name: "Sales", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sales", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: noChange })).toHaveCount(0);

  await page.goto("/teams");
  await expect(page.getByRole("button", { name: "Create team" })).toHaveCount(0);
  await page.getByRole("link", { name: "Sales East Owners" }).click();
  await expect(page.getByRole("list", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("button", { name: noChange })).toHaveCount(0);

  await page.goto("/roles");
  await expect(page.getByRole("link", { name: "Import from solution XML" })).toHaveCount(0);
  await page.getByRole("link", { name: "Sales Manager" }).click();
  await expect(page.getByRole("img", { name: "Parent: Child Business Units (Deep)" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: noChange })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /: (None|User|Business Unit|Organization)/ })).toHaveCount(0);
});

test("an auditor sent to an admin-only page gets no form", async ({ page }) => {
  await page.goto("/users/new");
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
});
