import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./support/test";
import { e2eDb } from "./support/db";

test.use({ storageState: "e2e/.auth/member.json" });

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("the start, domain and review pages have no WCAG 2.2 AA violations", async ({ page }) => {
  const team = await e2eDb().team.findFirstOrThrow({ where: { name: "Customer Support" }, select: { id: true } });
  const assessment = await e2eDb().assessment.findFirstOrThrow({ where: { teamId: team.id }, select: { id: true } });
  for (const path of [`/teams/${team.id}/assessments/new`, `/assessments/${assessment.id}/domains/gov`, `/assessments/${assessment.id}/review`]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});

test("responses carry the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test.describe("as the demo admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });
  test("the dashboard, organisation and audit log pages have no WCAG 2.2 AA violations", async ({ page }) => {
    for (const path of ["/dashboard", "/admin", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
});
