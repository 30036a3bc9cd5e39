import { expect, test } from "@playwright/test";
import { AUDITOR_STATE } from "./accounts";

test.use({ storageState: AUDITOR_STATE });

test("the matrix of a user shows levels, and each level's sources on click or from the keyboard", async ({
  page,
}) => {
  await page.goto("/access");
  await page.getByLabel("Find a user").fill("bianca");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: /CONTOSO\\bianca\.pisani/ }).click();

  await expect(page.getByRole("heading", { name: /CONTOSO\\bianca\.pisani/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Access levels" })).toContainText("Organization (Global)");

  // Read on account comes from several roles: the highest wins (R10), each is listed.
  const cell = page.getByRole("button", { name: /^Read account: / });
  await cell.click();
  const sources = page.getByRole("region", { name: /^Read account/ });
  await expect(sources).toContainText("Salesperson");
  await expect(sources).toContainText("Basic User");
  await expect(sources).toContainText("assigned directly");

  await page.keyboard.press("Escape");
  await expect(sources).toBeHidden();
  await expect(cell).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(sources).toBeVisible();

  // A source through a team names the team and its inheritance setting (R13).
  await cell.click();
  await page.getByRole("button", { name: /^Write account: .*sources?/ }).click();
  await expect(page.getByRole("region", { name: /^Write account/ })).toContainText(
    "through team Sales East Owners",
  );

  await expect(page.getByRole("link", { name: "Audit history" })).toHaveAttribute(
    "href",
    /\/audit\?targetType=user&targetId=/,
  );
});
