import "server-only";
// Loads an assessment only if this viewer may see (or edit) it. Not found and
// not allowed look the same from outside, so ids cannot be probed.
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/viewer";
import { getTeamAccess } from "@/lib/auth/team-access";
import { ActionFailure } from "@/lib/actions/action-result";

export type AssessmentPermission = "view" | "edit";

export async function authorizeAssessment(viewer: Viewer, assessmentId: string, permission: AssessmentPermission) {
  const assessment = await prisma.assessment.findFirst({
    where: { id: assessmentId, organisationId: viewer.organisationId },
    select: { id: true, teamId: true, status: true, organisationId: true },
  });
  const access = assessment ? await getTeamAccess(viewer, assessment.teamId) : null;
  const allowed = permission === "view" ? access?.canView : access?.canEdit;
  if (!assessment || !allowed) throw new ActionFailure("NOT_FOUND", "This assessment does not exist or you do not have access to it.");
  return assessment;
}

export async function authorizeTeam(viewer: Viewer, teamId: string, permission: AssessmentPermission) {
  const access = await getTeamAccess(viewer, teamId);
  const allowed = permission === "view" ? access?.canView : access?.canEdit;
  if (!allowed) throw new ActionFailure("NOT_FOUND", "This team does not exist or you do not have access to it.");
}
