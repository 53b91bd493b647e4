// Signs in once per demo role and saves the session for the other tests.
import { test as setup, expect } from "@playwright/test";
import { demoAccounts, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

for (const role of ["admin", "manager", "member"] as const) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(demoAccounts[role].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: `e2e/.auth/${role}.json` });
  });
}
