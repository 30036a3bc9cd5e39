import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../lib/access/csv";
import { AUDITOR_STATE } from "./accounts";

test.use({ storageState: AUDITOR_STATE });

test("filters by actor and kind, links to a target's history, and exports what it shows", async ({
  page,
}) => {
  await page.goto("/audit");
  await expect(page.getByText("The log is read-only")).toBeVisible();

  await page.getByLabel("Actor").selectOption("system");
  await page.getByLabel("Kind").selectOption("organization.import");
  await page.getByRole("button", { name: "Filter" }).click();
  const events = page.getByRole("table", { name: "Audit events" });
  await expect(events.getByRole("row")).toHaveCount(2); // the header and the demo import
  await expect(events).toContainText("Contoso (demo)");

  await events.getByRole("link", { name: "Contoso (demo)" }).click();
  await expect(page).toHaveURL(/targetType=organization&targetId=1/);
  await expect(page.getByText("Showing the history of one organization.")).toBeVisible();

  await page.goto("/audit?actor=system&action=organization.import");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const rows = parseCsv(await readFile(await (await download).path(), "utf8"));
  expect(rows[0]).toEqual([
    "time (UTC)",
    "actor",
    "action",
    "target type",
    "target id",
    "target",
    "changes",
    "reason",
    "before",
    "after",
  ]);
  expect(rows).toHaveLength(2);
  expect(rows[1].slice(1, 6)).toEqual([
    "system",
    "organization.import",
    "organization",
    "1",
    "Contoso (demo)",
  ]);
});

test("the time filter keeps only the events in its window (UTC)", async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  const events = page.getByRole("table", { name: "Audit events" });

  await page.goto("/audit?actor=system&action=organization.import");
  await page.getByLabel("From (UTC)").fill("2000-01-01");
  await page.getByLabel("To (UTC)").fill("2000-01-31");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/from=2000-01-01&to=2000-01-31/);
  await expect(events).toContainText("No event matches these filters.");

  // A bare "to" date includes the whole of that day.
  await page.getByLabel("From (UTC)").fill(today);
  await page.getByLabel("To (UTC)").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(events.getByRole("row")).toHaveCount(2);
  await expect(events).toContainText("Contoso (demo)");
});
