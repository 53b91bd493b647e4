import "server-only";
// The heatmap: each listed team's latest score per domain, and the average per
// domain over every team that matches the filters (sums and counts grouped in
// the database, per chunk of ids; see lib/db/in-chunks.ts).
import { prisma } from "@/lib/db/prisma";
import { inChunks } from "@/lib/db/in-chunks";

export async function loadTeamDomainScores(snapshotIds: string[]): Promise<Map<string, Record<string, number | null>>> {
  const bySnapshot = new Map<string, Record<string, number | null>>();
  for (const ids of inChunks(snapshotIds)) {
    const rows = await prisma.domainScore.findMany({ where: { snapshotId: { in: ids } }, select: { snapshotId: true, domainId: true, score: true } });
    for (const r of rows) bySnapshot.set(r.snapshotId, { ...bySnapshot.get(r.snapshotId), [r.domainId]: r.score });
  }
  return bySnapshot;
}

/** Each row with its latest snapshot's score per domain ({} when it has none). */
export async function withDomainScores<R extends { latestSnapshotId: string | null }>(rows: R[]): Promise<(R & { domainScores: Record<string, number | null> })[]> {
  const bySnapshot = await loadTeamDomainScores(rows.flatMap((r) => (r.latestSnapshotId ? [r.latestSnapshotId] : [])));
  return rows.map((r) => ({ ...r, domainScores: (r.latestSnapshotId && bySnapshot.get(r.latestSnapshotId)) || {} }));
}

/**
 * latestSnapshotIds come from the viewer-scoped team query (list-latest-snapshot-ids.ts),
 * so filtering by them alone lets the database use the snapshotId index. A domain every team inherits averages to null. */
export async function loadDomainAverages(latestSnapshotIds: string[]): Promise<Record<string, number | null>> {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const ids of inChunks(latestSnapshotIds)) {
    const groups = await prisma.domainScore.groupBy({
      by: ["domainId"],
      where: { snapshotId: { in: ids } },
      _sum: { score: true },
      _count: { score: true },
    });
    for (const g of groups) {
      const total = totals.get(g.domainId) ?? { sum: 0, count: 0 };
      totals.set(g.domainId, { sum: total.sum + (g._sum.score ?? 0), count: total.count + g._count.score });
    }
  }
  return Object.fromEntries([...totals].map(([domainId, t]) => [domainId, t.count === 0 ? null : Math.round(t.sum / t.count)]));
}
