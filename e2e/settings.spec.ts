import { expect, test } from "@playwright/test";
import { ADMIN_STATE, AUDITOR_STATE } from "./accounts";

test.describe("as an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("keeps roles on business-unit moves, then turns it back off", async ({ page }) => {
    await page.goto("/settings");
    const keepRoles = page.getByLabel(
      "Keep role assignments when a user or team moves to another business unit",
    );
    await expect(keepRoles).not.toBeChecked();

    await keepRoles.check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    await page.reload();
    await expect(keepRoles).toBeChecked();

    await keepRoles.uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
  });
});

test.describe("as an auditor", () => {
  test.use({ storageState: AUDITOR_STATE });

  test("sees the settings but cannot change them", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByLabel("Organization name")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  });
});
