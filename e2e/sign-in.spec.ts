import { test, expect } from "./support/test";

test("an unauthenticated visitor is sent to sign in", async ({ page }) => {
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password is refused with a message on the password field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("member@steward.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("as the demo member", () => {
  test.use({ storageState: "e2e/.auth/member.json" });
  test("sees their team's assessments", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/teams/);
    await expect(page.getByRole("heading", { name: "Customer Support" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Research ML" })).toHaveCount(0);
  });
});
