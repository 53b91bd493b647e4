import "server-only";
// The heatmap: each listed team's latest score per domain, and the average per
// domain over every team that matches the filters (grouped in the database).
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";

export async function loadTeamDomainScores(snapshotIds: string[]): Promise<Map<string, Record<string, number | null>>> {
  const rows = await prisma.domainScore.findMany({ where: { snapshotId: { in: snapshotIds } }, select: { snapshotId: true, domainId: true, score: true } });
  const bySnapshot = new Map<string, Record<string, number | null>>();
  for (const r of rows) bySnapshot.set(r.snapshotId, { ...bySnapshot.get(r.snapshotId), [r.domainId]: r.score });
  return bySnapshot;
}

export async function loadDomainAverages(where: TeamWhere): Promise<Record<string, number | null>> {
  const groups = await prisma.domainScore.groupBy({
    by: ["domainId"],
    where: { snapshot: { latestOfTeam: { is: where } } },
    _avg: { score: true },
  });
  return Object.fromEntries(groups.map((g) => [g.domainId, g._avg.score === null ? null : Math.round(g._avg.score)]));
}
