// Playwright's test with one addition: any Content Security Policy violation
// reported in the browser console fails the test.
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ failOnCspViolation: void }>({
  failOnCspViolation: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
      });
      await use();
      expect(violations, "CSP violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from "@playwright/test";
