// Accounts and organisations in a real browser: founding an organisation,
// signing out and back in, and an admin inviting a colleague who accepts the
// link and lands in their team.
import { test, expect, type Page } from "./support/test";
import { e2eDb } from "./support/db";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test("sign up founds an organisation, then sign out and back in", async ({ page }) => {
  const email = `founder-${unique()}@example.test`;
  const password = "a quiet harbour at dawn";
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Fran Founder");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill("password");
  await page.getByLabel("Organisation name").fill("Harbour Insurance");
  await page.getByRole("button", { name: "Create account" }).click();
  // A very common password is refused on its field, and nothing typed is lost.
  await expect(page.getByText(/commonly used passwords|at least 8/)).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toHaveValue("Harbour Insurance");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Harbour Insurance (Admin)")).toBeVisible();
  await page.getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("link", { name: "Create a team and invite colleagues" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, password);
  await expect(page.getByText("Harbour Insurance (Admin)")).toBeVisible();
  const events = await e2eDb().auditEvent.findMany({ where: { actorEmail: email }, select: { action: true } });
  expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["auth.sign_up", "auth.sign_out", "auth.sign_in"]));
});

test.describe("as the demo admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test("invites a colleague by link; they accept and land in their team", async ({ page, browser }) => {
    const email = `new.analyst-${unique()}@example.test`;
    await page.goto("/admin");
    const invite = page.getByRole("region", { name: "Invite someone" });
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Role").selectOption("member");
    await invite.getByLabel("Team").selectOption({ label: "Claims Automation" });
    await invite.getByRole("button", { name: "Create invitation link" }).click();
    const link = await invite.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();

    const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invited = await guest.newPage();
    await invited.goto(new URL(link).pathname);
    await expect(invited.getByRole("heading", { name: "Join Northwind Health" })).toBeVisible();
    await expect(invited.getByLabel("Work email")).toHaveValue(email);
    await invited.getByLabel("Your name").fill("Nia Analyst");
    await invited.getByLabel("Password").fill("lanterns over the claims desk");
    await invited.getByRole("button", { name: "Join Northwind Health" }).click();
    await expect(invited.getByText("Northwind Health (Member)")).toBeVisible();
    await expect(invited.getByRole("heading", { name: "Claims Automation" })).toBeVisible();
    await expect(invited.getByRole("heading", { name: "Customer Support" })).toHaveCount(0);

    // The link works once.
    await invited.goto(new URL(link).pathname);
    await expect(invited.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();

    // The admin sees the new person and can make them a manager.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByLabel("Role of Nia Analyst").selectOption("manager");
    await expect(row.getByLabel("Role of Nia Analyst")).toHaveValue("manager");
    await expect.poll(async () => (await e2eDb().membership.findFirst({ where: { user: { email } }, select: { role: true } }))?.role).toBe("manager");

    // Removing them signs them out everywhere at once.
    await row.getByRole("button", { name: "Remove Nia Analyst from the organisation" }).click();
    await row.getByRole("button", { name: "Remove Nia Analyst", exact: true }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    await invited.goto("/teams");
    await expect(invited).toHaveURL(/\/sign-in/);
    await guest.close();

    await page.goto("/admin/audit");
    for (const action of ["org.invitation_accepted", "org.role_changed", "org.member_removed"])
      await expect(page.getByRole("cell", { name: action }).first()).toBeVisible();
  });

  test("links a person to a team and unlinks them, saved at once", async ({ page }) => {
    const linked = async () =>
      (await e2eDb().teamMembership.count({ where: { user: { email: "member@steward.demo" }, team: { name: "Research ML" } } })) > 0;
    await page.goto("/admin");
    const row = page.getByRole("row").filter({ hasText: "member@steward.demo" });
    await row.getByLabel("Add Mina Patel to a team").fill("research ml");
    await row.getByRole("button", { name: "Add", exact: true }).click();
    await expect.poll(linked).toBe(true);
    await page.reload();
    const chips = page.getByRole("row").filter({ hasText: "member@steward.demo" }).getByRole("list", { name: "Teams of Mina Patel" });
    await expect(chips.getByRole("listitem")).toHaveText(["Customer Support×", "Research ML×"]);
    await chips.getByRole("button", { name: "Remove Mina Patel from Research ML" }).click();
    await expect.poll(linked).toBe(false);
    await expect(chips.getByRole("listitem")).toHaveText(["Customer Support×"]);
  });

  test("is told, on the row, that the last admin cannot be demoted", async ({ page }) => {
    await page.goto("/admin");
    const row = page.getByRole("row").filter({ hasText: "admin@steward.demo" });
    await row.getByLabel("Role of Ada Okafor").selectOption("member");
    await expect(row.getByRole("alert")).toHaveText(/at least one admin/);
    await expect(row.getByLabel("Role of Ada Okafor")).toHaveValue("admin");
  });
});

test.describe("as the demo member", () => {
  test.use({ storageState: "e2e/.auth/member.json" });
  test("cannot open the organisation pages", async ({ page }) => {
    expect((await page.goto("/admin"))?.status()).toBe(404);
    expect((await page.goto("/admin/audit"))?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Organisation" })).toHaveCount(0);
  });
});
