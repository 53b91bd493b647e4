import { test, expect } from "./support/test";

test.describe("as the demo manager", () => {
  test.use({ storageState: "e2e/.auth/manager.json" });
  test("sees their teams and only theirs", async ({ page }) => {
    await page.goto("/dashboard");
    const teams = await page.getByTestId("team-row").locator("th").allInnerTexts();
    expect(teams).toEqual(["Claims Automation", "Customer Support", "Developer Platform"]);
  });
});

test.describe("as the demo admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });
  test("sees every team", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByTestId("team-row")).toHaveCount(6);
  });
});
