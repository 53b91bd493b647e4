import "server-only";
// Invitation links carry a random token; only its SHA-256 hash is stored, so
// a database leak does not leak usable links.
import { createHash, randomBytes } from "node:crypto";

export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
