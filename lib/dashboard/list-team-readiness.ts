import "server-only";
// One row per team the viewer may oversee: latest submitted score (from score
// snapshots, never from answers), the state of the newest assessment and when
// it last changed.
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/viewer";
import { listVisibleTeamIds } from "@/lib/auth/team-access";

export type TeamStatus = "not-started" | "in-progress" | "submitted";

export async function listTeamReadiness({ viewer }: { viewer: Viewer }) {
  const teamIds = await listVisibleTeamIds(viewer);
  const teams = await prisma.team.findMany({
    where: { id: { in: teamIds }, organisationId: viewer.organisationId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      snapshots: { orderBy: { createdAt: "desc" }, take: 1, select: { overall: true, band: true, completion: true, assessmentId: true, createdAt: true } },
      assessments: { orderBy: { updatedAt: "desc" }, take: 1, select: { status: true, deploymentType: true, updatedAt: true } },
    },
  });
  return teams.map((team) => {
    const latest = team.snapshots[0] ?? null;
    const newest = team.assessments[0] ?? null;
    const status: TeamStatus = !newest ? "not-started" : newest.status === "submitted" ? "submitted" : "in-progress";
    return {
      teamId: team.id,
      teamName: team.name,
      score: latest?.overall ?? null,
      band: latest?.band ?? null,
      completion: latest?.completion ?? null,
      resultsAssessmentId: latest?.assessmentId ?? null,
      deploymentType: newest?.deploymentType ?? null,
      status,
      lastUpdate: newest?.updatedAt ?? null,
    };
  });
}
