import "server-only";
// How the teams' latest scores spread: counts per ten-point bucket. The
// database groups by score (at most 101 groups); buckets are summed here.
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";

export type ScoreBucket = { from: number; to: number; teams: number };

export async function loadScoreDistribution(where: TeamWhere): Promise<ScoreBucket[]> {
  const groups = await prisma.team.groupBy({ by: ["latestScore"], where: { AND: [where, { latestScore: { not: null } }] }, _count: { _all: true } });
  const buckets: ScoreBucket[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, teams: 0 }));
  for (const g of groups) if (g.latestScore !== null) buckets[Math.min(9, Math.floor(g.latestScore / 10))]!.teams += g._count._all;
  return buckets;
}
