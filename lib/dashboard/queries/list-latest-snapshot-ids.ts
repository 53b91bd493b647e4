import "server-only";
// The ids of the latest snapshots of the teams that match: the grouped gap and
// domain queries then filter by these ids through the snapshotId index, which
// is far cheaper than a join back to the teams for every gap row.
import { prisma } from "@/lib/db/prisma";
import type { TeamWhere } from "@/lib/dashboard/team-filter";

export async function listLatestSnapshotIds(where: TeamWhere): Promise<string[]> {
  const teams = await prisma.team.findMany({ where: { AND: [where, { latestSnapshotId: { not: null } }] }, select: { latestSnapshotId: true } });
  return teams.map((t) => t.latestSnapshotId!);
}
