import "server-only";
// The trend sparkline of each team on the current page: its submitted scores,
// oldest first, at most the last eight.
import { prisma } from "@/lib/db/prisma";

export const SPARKLINE_POINTS = 8;

export async function loadSparklines(teamIds: string[]): Promise<Map<string, number[]>> {
  const snapshots = await prisma.scoreSnapshot.findMany({
    where: { teamId: { in: teamIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { teamId: true, overall: true },
  });
  const byTeam = new Map<string, number[]>();
  for (const s of snapshots) byTeam.set(s.teamId, [...(byTeam.get(s.teamId) ?? []), s.overall]);
  for (const [teamId, scores] of byTeam) byTeam.set(teamId, scores.slice(-SPARKLINE_POINTS));
  return byTeam;
}
