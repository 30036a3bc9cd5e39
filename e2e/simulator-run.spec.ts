import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { ADMIN_STATE } from "./accounts";

// Run it as anyone: one step simulated for different callers, on the server
// and offline (R21-R25), a CallerId call (R17-R18), and everyone at once.

test.use({ storageState: ADMIN_STATE });

async function registerStep(request: APIRequestContext, step: Record<string, unknown>) {
  const response = await request.post("/api/v1/plugin-steps", { data: step });
  expect(response.status()).toBe(201);

  return (await response.json()) as { id: string; name: string };
}

async function simulate(page: Page, caller: string, client = "Server") {
  await page.getByLabel("Calling user").fill(caller);
  await page.getByLabel("Runs on").selectOption(client);
  await page.getByRole("button", { name: "Simulate", exact: true }).click();
}

const result = (page: Page) => page.getByRole("region", { name: "Simulation result" });

test("the same step is allowed for one caller and denied for another", async ({ page }) => {
  const step = await registerStep(page.request, {
    name: `Create invoice ${Date.now()}`,
    message: "Create",
    table: "invoice",
    operations: [{ as: "context", action: "Create", table: "invoice" }],
  });
  await page.goto(`/simulator?step=${step.id}`);

  await simulate(page, "CONTOSO\\lidia.holloway");
  await expect(result(page).getByText("Verdict: allowed")).toBeVisible();
  const chain = page.getByRole("figure", { name: "Execution identity chain" });
  await expect(chain).toContainText("CONTOSO\\svc-sandbox");
  await expect(chain).toContainText("R21");

  await simulate(page, "CONTOSO\\grady.archie");
  await expect(result(page).getByText("Verdict: denied")).toBeVisible();
  await expect(result(page)).toContainText("missing privilege prvCreateInvoice");
});

test("offline, the chosen user is not applied and the console says so", async ({ page }) => {
  const step = await registerStep(page.request, {
    name: `Offline invoice ${Date.now()}`,
    message: "Create",
    table: "invoice",
    deployment: "Both",
    runAs: "CONTOSO\\lidia.holloway",
    operations: [{ as: "context", action: "Create", table: "invoice" }],
  });
  await page.goto(`/simulator?step=${step.id}`);

  await simulate(page, "CONTOSO\\grady.archie", "Offline");

  const warnings = result(page).getByRole("note", { name: "Warnings" });
  await expect(warnings).toContainText("OFFLINE_IMPERSONATION_UNSUPPORTED");
  await expect(result(page).getByText("Verdict: denied")).toBeVisible();
});

test("a CallerId call needs the caller's own prvActOnBehalfOfAnotherUser (R17)", async ({ page }) => {
  await page.goto("/simulator?tab=impersonation");

  await page.getByLabel("Caller (sends CallerId)").fill("CONTOSO\\grady.archie");
  await page.getByLabel("Impersonated user").fill("CONTOSO\\adele.vance");
  await page.getByRole("button", { name: "Simulate CallerId call" }).click();

  await expect(result(page).getByText("Verdict: denied")).toBeVisible();
  await expect(result(page)).toContainText("R17");
});

test("everyone at once groups every user by outcome and reason", async ({ page }) => {
  const step = await registerStep(page.request, {
    name: `Everyone invoice ${Date.now()}`,
    message: "Create",
    table: "invoice",
    operations: [{ as: "context", action: "Create", table: "invoice" }],
  });
  await page.goto(`/simulator?tab=everyone&step=${step.id}`);
  await page.getByRole("button", { name: "Run for everyone" }).click();

  const groups = page.getByRole("list", { name: "Outcome groups" });
  await expect(page.getByRole("region", { name: "Everyone at once" })).toContainText(/\d+ users/);
  await expect(groups.getByText("failed").first()).toBeVisible();
  const denied = groups.getByRole("listitem").filter({ hasText: "missing privilege prvCreateInvoice" });
  await denied.first().locator("summary").click();
  await expect(denied.first()).toContainText("CONTOSO\\grady.archie");
});
