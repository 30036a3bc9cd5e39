import { expect, test } from "@playwright/test";
import { ADMIN_STATE, AUDITOR_STATE } from "./accounts";

// Allan holds only Basic User; giving him the Customer Service Representative
// role is a change no other spec looks at.
const USER = "CONTOSO\\allan.deyoung";
const ROLE = "Customer Service Representative";

test.describe("as an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("stages a role, sees the difference, applies it, and the change is there", async ({ page }) => {
    await page.goto("/access/what-if");
    await page.getByLabel("Change").selectOption("add-role");
    await page.getByLabel("User logon").fill(USER);
    await page.getByLabel("Security role").selectOption(ROLE);
    await page.getByRole("button", { name: "Stage change" }).click();

    await expect(page.getByText(`Give ${USER} the role ${ROLE}`)).toBeVisible();
    const diff = page.getByRole("table", { name: `Changes to the privileges of ${USER}` });
    await expect(diff.getByRole("row", { name: /prvCreateIncident/ })).toContainText("gained");

    await page.getByLabel("Reason (written to the audit log)").fill("e2e what-if");
    await page.getByRole("button", { name: "Apply these changes" }).click();
    await expect(page.getByRole("status")).toContainText("Applied 1 change");

    await page.goto(`/access?user=${encodeURIComponent(USER)}`);
    await expect(page.getByText(`Basic User, ${ROLE}`)).toBeVisible();
    await page.goto(`/audit?action=user.assign-role&target=allan`);
    await expect(page.getByRole("table", { name: "Audit events" })).toContainText("e2e what-if");
  });
});

test.describe("as an auditor", () => {
  test.use({ storageState: AUDITOR_STATE });

  test("previews but has no apply button, and a direct apply is refused", async ({ page }) => {
    const changes = JSON.stringify([{ kind: "add-role", user: "CONTOSO\\miriam.graham", role: "Delegate" }]);
    await page.goto(`/access/what-if?${new URLSearchParams({ changes })}`);
    await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);

    const response = await page.request.post("/access/what-if/apply", {
      data: { changes: [{ kind: "remove-role", user: USER, role: "Basic User" }], revision: 0 },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  });
});
