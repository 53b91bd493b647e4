import "server-only";
// The critical gaps most teams share, counted over each team's latest
// submission only (an old, since-fixed gap does not count). The database
// groups and counts; chunks of ids (lib/db/in-chunks.ts) are summed here.
import { prisma } from "@/lib/db/prisma";
import { inChunks } from "@/lib/db/in-chunks";
import { findControl } from "@/lib/checklist/find-control";

export type CommonGap = { controlId: string; title: string; domainId: string | null; teams: number };

/**
 * latestSnapshotIds come from the viewer-scoped team query (list-latest-snapshot-ids.ts),
 * so filtering by them alone lets the database use the snapshotId index. */
export async function loadCommonCriticalGaps(latestSnapshotIds: string[], limit = 8): Promise<CommonGap[]> {
  const counts = new Map<string, number>();
  for (const ids of inChunks(latestSnapshotIds)) {
    const groups = await prisma.snapshotGap.groupBy({
      by: ["controlId"],
      where: { snapshotId: { in: ids }, severity: "critical" },
      _count: { controlId: true },
    });
    for (const g of groups) counts.set(g.controlId, (counts.get(g.controlId) ?? 0) + g._count.controlId);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([controlId, teams]) => {
      const control = findControl(controlId);
      return { controlId, title: control?.title ?? controlId, domainId: control?.domain ?? null, teams };
    });
}
