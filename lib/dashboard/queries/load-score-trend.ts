import "server-only";
// The trend chart: per month, the average score of the submissions made that
// month by the teams that match the filters, grouped in the database.
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";

export const TREND_MONTHS = 12;

export type TrendPoint = { month: string; average: number; submissions: number };

/** teamWhere: null when every team of the organisation counts (no join needed). */
export async function loadScoreTrend(organisationId: string, teamWhere: TeamWhere | null, now = new Date()): Promise<TrendPoint[]> {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (TREND_MONTHS - 1), 1)).toISOString().slice(0, 7);
  const groups = await prisma.scoreSnapshot.groupBy({
    by: ["month"],
    where: { organisationId, month: { gte: first }, ...(teamWhere ? { team: teamWhere } : {}) },
    _avg: { overall: true },
    _count: { _all: true },
    orderBy: { month: "asc" },
  });
  return groups.map((g) => ({ month: g.month, average: Math.round(g._avg.overall ?? 0), submissions: g._count._all }));
}
