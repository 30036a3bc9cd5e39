import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// Every area of the console, checked by axe against WCAG 2.1 A and AA as an
// administrator sees it (the fullest page: every form and control shown).

test.use({ storageState: ADMIN_STATE });

const PAGES = [
  "/",
  "/users",
  "/users/new",
  "/users/import",
  "/business-units",
  "/teams",
  "/roles",
  "/roles/compare",
  "/roles/import",
  "/plugin-steps",
  "/plugin-steps/new",
  "/simulator",
  "/checks",
  "/access?user=CONTOSO%5Calex.wilber",
  "/access/who-can?privilege=prvReadAccount",
  "/access/compare",
  "/access/what-if",
  "/access/as-of",
  "/services",
  "/services/CRMAppPool",
  "/services/CRMAppPool/change",
  "/groups",
  "/groups/PrivUserGroup",
  "/audit",
  "/settings",
  "/accounts",
  "/tokens",
];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const found = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} - ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );

    expect(found).toEqual([]);
  });
}
