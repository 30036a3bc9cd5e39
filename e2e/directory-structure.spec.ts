import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// Business units and teams as an administrator.

test.use({ storageState: ADMIN_STATE });

const tag = Date.now().toString(36);

test("business-unit tree: create, rename, and delete refused while not empty (R1)", async ({ page }) => {
  await page.goto("/business-units");
  await expect(page.getByRole("tree", { name: "Business units" })).toContainText("Sales-East");

  await page.getByLabel("Name").fill(`Region ${tag}`);
  await page.getByLabel("Parent business unit").selectOption({ label: "Sales" });
  await page.getByRole("button", { name: "Create business unit" }).click();
  await expect(page.getByRole("status")).toHaveText(`Business unit Region ${tag} created.`);
  await page.getByRole("link", { name: `Region ${tag}` }).click();
  await expect(page.getByRole("heading", { name: `Region ${tag}` })).toBeVisible();

  await page.getByLabel("Name").fill(`Region ${tag} North`);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { name: `Region ${tag} North` })).toBeVisible();

  // A child unit makes it non-empty: deleting is refused and says why.
  await page.goto("/business-units");
  await page.getByLabel("Name").fill(`Branch ${tag}`);
  await page.getByLabel("Parent business unit").selectOption({ label: `Region ${tag} North` });
  await page.getByRole("button", { name: "Create business unit" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.getByRole("link", { name: `Region ${tag} North` }).click();
  await expect(page.getByRole("heading", { name: `Region ${tag} North` })).toBeVisible();
  await page.getByRole("button", { name: "Delete business unit" }).click();
  await expect(page.getByText(`Region ${tag} North still holds 1 child business unit`)).toBeVisible();

  await page.getByRole("link", { name: `Branch ${tag}` }).click();
  await expect(page.getByRole("heading", { name: `Branch ${tag}` })).toBeVisible();
  await page.getByRole("button", { name: "Delete business unit" }).click();
  await expect(page.getByRole("status")).toHaveText("Business unit deleted.");
  await expect(page.getByRole("tree")).not.toContainText(`Branch ${tag}`);
});

test("team: add and remove members, assign a role; an access team offers none (R5)", async ({ page }) => {
  await page.goto("/teams");
  await page.getByLabel("Name").fill(`Deal desk ${tag}`);
  await page.getByLabel("Business unit").selectOption({ label: "Sales" });
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name: `Deal desk ${tag}` })).toBeVisible();

  await page.getByLabel("Find users to add").fill("megan");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("button", { name: "Add CONTOSO\\megan.bowen" }).click();
  await expect(page.getByRole("list", { name: "Members" })).toContainText("CONTOSO\\megan.bowen");

  await page.getByLabel("Role to assign").selectOption({ label: "Sales Manager (Sales)" });
  await page.getByRole("button", { name: "Assign role" }).click();
  await expect(page.getByRole("list", { name: "Team roles" })).toContainText("Sales Manager");
  await expect(
    page.getByLabel("Role to assign").getByRole("option", { name: "Service Manager (Service)" }),
  ).toHaveCount(0);

  await page.getByRole("button", { name: "Remove CONTOSO\\megan.bowen" }).click();
  await expect(page.getByText("No members yet.")).toBeVisible();

  await page.goto("/teams");
  await page.getByLabel("Name").fill(`Reviewers ${tag}`);
  await page.getByLabel("Team type").selectOption("Access");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Access teams hold no security roles")).toBeVisible();
  await expect(page.getByRole("button", { name: "Assign role" })).toHaveCount(0);
});

test("re-parenting a business unit lists the role assignments R7 removes before it moves", async ({ page }) => {
  // A unit under Sales, with a team holding Sales Manager, a role of Sales.
  await page.goto("/business-units");
  await page.getByLabel("Name").fill(`Desk ${tag}`);
  await page.getByLabel("Parent business unit").selectOption({ label: "Sales" });
  await page.getByRole("button", { name: "Create business unit" }).click();
  await expect(page.getByRole("status")).toHaveText(`Business unit Desk ${tag} created.`);
  await page.goto("/teams");
  await page.getByLabel("Name").fill(`Desk team ${tag}`);
  await page.getByLabel("Business unit").selectOption({ label: `Desk ${tag}` });
  await page.getByRole("button", { name: "Create team" }).click();
  await page.getByLabel("Role to assign").selectOption({ label: "Sales Manager (Sales)" });
  await page.getByRole("button", { name: "Assign role" }).click();
  await expect(page.getByRole("list", { name: "Team roles" })).toContainText("Sales Manager");

  await page.goto("/business-units");
  await page.getByRole("link", { name: `Desk ${tag}` }).click();
  await page.getByLabel("New parent business unit").selectOption({ label: "Service" });
  await page.getByRole("button", { name: "Review move" }).click();
  const review = page.getByRole("region", { name: "Before you move" });
  await expect(review).toContainText("removes 1 role assignment");
  await expect(page.getByRole("list", { name: "Role assignments removed by the move" })).toContainText(
    `Sales Manager, held by Desk team ${tag}`,
  );

  await page.getByRole("button", { name: "Move to Service" }).click();
  // The page reloads with the new parent (the form starts afresh at the new version).
  await expect(page.getByText("Parent: Service")).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: `Desk team ${tag}` }).click();
  await expect(page.getByRole("list", { name: "Team roles" })).toHaveCount(0);
});
