import "server-only";
// The critical gaps most teams share, counted over each team's latest
// submission only (an old, since-fixed gap does not count).
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";
import { findControl } from "@/lib/checklist/find-control";

export type CommonGap = { controlId: string; title: string; domainId: string | null; teams: number };

export async function loadCommonCriticalGaps(where: TeamWhere, limit = 8): Promise<CommonGap[]> {
  const groups = await prisma.snapshotGap.groupBy({
    by: ["controlId"],
    where: { severity: "critical", snapshot: { latestOfTeam: { is: where } } },
    _count: { controlId: true },
    orderBy: [{ _count: { controlId: "desc" } }, { controlId: "asc" }],
    take: limit,
  });
  return groups.map((g) => {
    const control = findControl(g.controlId);
    return { controlId: g.controlId, title: control?.title ?? g.controlId, domainId: control?.domain ?? null, teams: g._count.controlId };
  });
}
