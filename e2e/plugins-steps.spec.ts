import { expect, test } from "@playwright/test";
import { ADMIN_STATE, AUDITOR_STATE } from "./accounts";

// Registering, editing and removing plug-in steps (R20-R22) through the console.

const unique = () => Date.now().toString(36);

test.describe("as an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("registers a step with an operation, refused first for an R20 violation", async ({ page }) => {
    const name = `Invoice follow-up ${unique()}`;
    await page.goto("/plugin-steps");
    await page.getByRole("link", { name: "Register a step" }).click();

    await page.getByLabel("Step name").fill(name);
    await page.getByLabel("Message").fill("Create");
    await page.getByLabel("Primary table").fill("invoice");
    await page.getByLabel("Stage").selectOption("PreOperation");
    await page.getByLabel("Execution mode").selectOption("Asynchronous");
    await page.getByRole("button", { name: "Add operation" }).click();
    await page.getByLabel("Operation 1: action").selectOption("Create");
    await page.getByLabel("Operation 1: table").fill("invoice");
    await page.getByRole("button", { name: "Register step" }).click();
    await expect(page.getByText("An asynchronous step runs PostOperation only (R20).")).toBeVisible();

    await page.getByLabel("Stage").selectOption("PostOperation");
    await page.getByRole("button", { name: "Register step" }).click();
    await expect(page.getByRole("status")).toHaveText(`Step ${name} saved.`);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("1. Create invoice as context");
    await expect(row).toContainText("Calling User");

    await row.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Run in User's Context").selectOption("user");
    await page.getByLabel("Chosen user").fill("CONTOSO\\lidia.holloway");
    await page.getByRole("button", { name: "Save step" }).click();
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText("CONTOSO\\lidia.holloway");

    await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Remove step" }).click();
    await expect(page.getByRole("status")).toHaveText(`Step ${name} removed.`);
  });
});

test.describe("as an auditor", () => {
  test.use({ storageState: AUDITOR_STATE });

  test("sees the steps but no controls to change them", async ({ page }) => {
    await page.goto("/plugin-steps");
    await expect(page.getByRole("heading", { name: "Plug-in steps" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Register a step" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  });
});
