import "server-only";
// Mozilla's list of ~10,000 common passwords (the one Firefox Accounts uses),
// checked case-insensitively. Kept server-side: the list is large.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const commonPasswordList = require("fxa-common-password-list") as { test(password: string): boolean };

export function isCommonPassword(password: string): boolean {
  return commonPasswordList.test(password) || commonPasswordList.test(password.toLowerCase());
}
