import "server-only";
// Checks for the admin actions: the caller must be an admin, and every record
// named in the input must belong to the caller's organisation. Records of
// other organisations look exactly like records that do not exist.
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/viewer";
import { forbidden, notFound } from "@/lib/actions/define-action";

export function requireAdmin(viewer: Viewer): void {
  if (viewer.role !== "admin") forbidden("Only an organisation admin can do this.");
}

export async function requireOrgUser(viewer: Viewer, userId: string): Promise<void> {
  const found = await prisma.membership.findFirst({ where: { userId, organisationId: viewer.organisationId }, select: { id: true } });
  if (!found) notFound("This person is not in your organisation.");
}

export async function requireOrgTeam(viewer: Viewer, teamId: string): Promise<void> {
  const found = await prisma.team.findFirst({ where: { id: teamId, organisationId: viewer.organisationId }, select: { id: true } });
  if (!found) notFound("This team does not exist.");
}
