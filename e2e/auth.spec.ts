import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_STATE, AUDITOR_STATE } from "./accounts";
import { signIn } from "./sign-in";

test.describe("signed out", () => {
  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong username or password, or the account is disabled.")).toBeVisible();
  });

  test("console pages and the API send a signed-out caller away", async ({ page, request }) => {
    await page.goto("/accounts");
    await expect(page).toHaveURL(/\/sign-in/);

    const response = await request.post("/api/v1/accounts", {
      data: { username: "intruder", role: "Admin", password: "x".repeat(16), confirm: "x".repeat(16) },
    });
    expect(response.status()).toBe(401);
  });
});

test.describe("as an auditor", () => {
  test.use({ storageState: AUDITOR_STATE });

  test("the header shows the account and role; admin-only areas are absent", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("Signed in as")).toContainText("E2E Auditor");
    await expect(page.getByText("Auditor", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Console accounts" })).toHaveCount(0);
  });

  test("a change sent straight to the server is refused and nothing is written", async ({
    page,
    browser,
  }) => {
    const response = await page.request.post("/api/v1/accounts", {
      data: { username: "made-by-auditor", role: "Admin", password: "y".repeat(16), confirm: "y".repeat(16) },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");

    const admin = await browser.newContext({ storageState: ADMIN_STATE });
    const list = await admin.request.get("/api/v1/accounts");
    const usernames = ((await list.json()) as { username: string }[]).map((account) => account.username);
    expect(usernames).not.toContain("made-by-auditor");
    await admin.close();
  });
});

test.describe("as an administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("disables an account, which can then no longer sign in; their own is refused next to it", async ({
    page,
    browser,
  }) => {
    const account = {
      username: `e2e-leaver-${Date.now().toString(36)}`,
      password: "leaver horse battery staple",
    };
    await page.goto("/accounts");
    await page.getByLabel("Username").fill(account.username);
    await page.getByLabel("Console role").selectOption("Auditor");
    await page.getByLabel("Initial password").fill(account.password);
    await page.getByLabel("Repeat the password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    const row = page.getByRole("row").filter({ hasText: account.username });
    await expect(row).toContainText("Active");

    await row.getByRole("button", { name: `Disable ${account.username}` }).click();
    await expect(row).toContainText("Disabled");
    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const leaver = await other.newPage();
    await leaver.goto("/sign-in");
    await leaver.getByLabel("Username").fill(account.username);
    await leaver.getByLabel("Password", { exact: true }).fill(account.password);
    await leaver.getByRole("button", { name: "Sign in" }).click();
    await expect(leaver.getByText("Wrong username or password, or the account is disabled.")).toBeVisible();
    await other.close();

    const mine = page.getByRole("row").filter({ hasText: ADMIN.username });
    await mine.getByRole("button", { name: `Disable ${ADMIN.username}` }).click();
    await expect(mine.getByRole("alert")).toHaveText("You cannot disable your own account.");
    await expect(mine).toContainText("Active");
  });
});

test.describe("signing out", () => {
  test("ends the session on the server: a copy of its cookie is refused afterwards", async ({ browser }) => {
    // A session of its own: the other tests' saved session must live on.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, ADMIN);
    const copied = await context.storageState();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();

    const replay = await browser.newContext({ storageState: copied });
    const again = await replay.newPage();
    await again.goto("/users");
    await expect(again).toHaveURL(/\/sign-in/);
    expect((await again.request.get("/api/v1/plugin-steps")).status()).toBe(401);
    await replay.close();
  });
});
