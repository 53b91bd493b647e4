import "server-only";
// The headline figures: how many teams match, how many have a score, their
// average latest score and how many carry at least one critical gap.
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";

export type DashboardSummary = { teams: number; assessed: number; averageScore: number | null; withCriticalGaps: number };

export async function loadSummary(where: TeamWhere): Promise<DashboardSummary> {
  const [teams, scored, withCriticalGaps] = await Promise.all([
    prisma.team.count({ where }),
    prisma.team.aggregate({ where: { AND: [where, { latestScore: { not: null } }] }, _avg: { latestScore: true }, _count: { latestScore: true } }),
    prisma.team.count({ where: { AND: [where, { latestSnapshot: { is: { criticalGaps: { gt: 0 } } } }] } }),
  ]);
  const average = scored._avg.latestScore;
  return { teams, assessed: scored._count.latestScore, averageScore: average === null ? null : Math.round(average), withCriticalGaps };
}
