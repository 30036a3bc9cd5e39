import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// A kept simulation is re-run after the step it came from changes, and the
// Saved checks page shows the verdict that moved.

test.use({ storageState: ADMIN_STATE });

test("keeps a check, changes the step, and the re-run shows the changed verdict", async ({ page }) => {
  const name = `Kept invoice ${Date.now()}`;
  const response = await page.request.post("/api/v1/plugin-steps", {
    data: {
      name,
      message: "Create",
      table: "invoice",
      runAs: "CONTOSO\\lidia.holloway",
      operations: [{ as: "context", action: "Create", table: "invoice" }],
    },
  });
  const step = (await response.json()) as { id: string };

  await page.goto(`/simulator?step=${step.id}`);
  await page.getByLabel("Calling user").fill("CONTOSO\\grady.archie");
  await page.getByRole("button", { name: "Simulate", exact: true }).click();
  await expect(page.getByText("Verdict: allowed")).toBeVisible();
  await page.getByLabel("Check name").fill(`${name} as Grady`);
  await page.getByRole("button", { name: "Keep as saved check" }).click();
  await expect(page.getByText(`Kept as "${name} as Grady"`)).toBeVisible();

  // The step now runs in the calling user's context, and Grady may not create invoices.
  await page.goto("/plugin-steps");
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Run in User's Context").selectOption("caller");
  await page.getByRole("button", { name: "Save step" }).click();
  await expect(page.getByRole("status")).toHaveText(`Step ${name} saved.`);

  await page.goto("/checks");
  const row = page.getByRole("row").filter({ hasText: `${name} as Grady` });
  await expect(row).toContainText("still holds");
  await page.getByRole("button", { name: "Re-run all checks" }).click();
  await expect(page.getByText(/Re-ran \d+ checks/)).toBeVisible();
  await expect(row).toContainText("changed");
  await expect(row).toContainText("userId: kept CONTOSO\\lidia.holloway, now CONTOSO\\grady.archie");
  await expect(row).toContainText("outcome: kept allowed, now denied");
});
