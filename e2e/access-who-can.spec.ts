import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../lib/access/csv";
import { AUDITOR_STATE } from "./accounts";

test.use({ storageState: AUDITOR_STATE });

test("who can impersonate: the answer, its CSV export and its printable evidence", async ({ page }) => {
  await page.goto("/access/who-can");
  await page.getByLabel("Privilege").fill("prvActOnBehalfOfAnotherUser");
  await page.getByLabel("Minimum level").selectOption("Global");
  await page.getByRole("button", { name: "Find who can" }).click();

  const answer = page.getByRole("table", { name: "Users who hold the privilege" });
  const patti = answer.getByRole("row", { name: /CONTOSO\\patti\.fernandez/ });
  await expect(patti).toContainText("Delegate");

  await page.getByLabel("Users").selectOption("disabled");
  await page.getByRole("button", { name: "Find who can" }).click();
  await expect(answer.getByRole("row", { name: /patti/ })).toHaveCount(0);
  await page.getByLabel("Users").selectOption("all");
  await page.getByRole("button", { name: "Find who can" }).click();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const rows = parseCsv(await readFile(file, "utf8"));
  expect(rows[0]).toEqual(["logon", "full name", "business unit", "level", "sources"]);
  const row = rows.find((cells) => cells[0] === "CONTOSO\\patti.fernandez");
  expect(row?.slice(0, 4)).toEqual(["CONTOSO\\patti.fernandez", "Patti Fernandez", "Contoso", "Global"]);
  expect(row?.[4]).toContain("Delegate (Contoso) directly: Global");

  await page.getByRole("link", { name: "Evidence report" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "E2E Auditor" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /revision \d+/ })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("cell", { name: "CONTOSO\\patti.fernandez" })).toBeVisible();
});
