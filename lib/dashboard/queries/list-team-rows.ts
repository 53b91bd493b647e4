import "server-only";
// The dashboard table: one page of teams, sorted and filtered in the
// database, with each team's latest submitted score and newest assessment.
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { TeamWhere } from "@/lib/dashboard/team-filter";
import type { TeamStatus } from "@/lib/dashboard/dashboard-query";

const rowSelect = {
  id: true,
  name: true,
  latestScore: true,
  latestCompletion: true,
  latestSnapshotId: true,
  lastActivityAt: true,
  latestSnapshot: { select: { band: true, assessmentId: true, criticalGaps: true } },
  latestAssessment: { select: { id: true, status: true, deploymentType: true } },
} satisfies Prisma.TeamSelect;

export type TeamRow = {
  teamId: string;
  teamName: string;
  score: number | null;
  band: string | null;
  completion: number | null;
  criticalGaps: number | null;
  latestSnapshotId: string | null;
  resultsAssessmentId: string | null;
  deploymentType: string | null;
  status: TeamStatus;
  lastUpdate: Date | null;
};

export async function listTeamRows(args: { where: TeamWhere; orderBy: Prisma.TeamOrderByWithRelationInput[]; skip?: number; take?: number }): Promise<TeamRow[]> {
  const teams = await prisma.team.findMany({ where: args.where, orderBy: args.orderBy, skip: args.skip, take: args.take, select: rowSelect });
  return teams.map((t) => ({
    teamId: t.id,
    teamName: t.name,
    score: t.latestScore,
    band: t.latestSnapshot?.band ?? null,
    completion: t.latestCompletion,
    criticalGaps: t.latestSnapshot?.criticalGaps ?? null,
    latestSnapshotId: t.latestSnapshotId,
    resultsAssessmentId: t.latestSnapshot?.assessmentId ?? null,
    deploymentType: t.latestAssessment?.deploymentType ?? null,
    status: !t.latestAssessment ? "not-started" : t.latestAssessment.status === "submitted" ? "submitted" : "in-progress",
    lastUpdate: t.lastActivityAt,
  }));
}
