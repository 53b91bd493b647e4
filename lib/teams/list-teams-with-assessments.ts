import "server-only";
// The teams a viewer can see, each with its assessments newest first.
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleTeamsWhere } from "@/lib/auth/team-access";

export async function listTeamsWithAssessments({ viewer }: { viewer: Viewer }) {
  return prisma.team.findMany({
    where: visibleTeamsWhere(viewer),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: { where: { userId: viewer.userId }, select: { id: true } },
      assessments: {
        orderBy: { createdAt: "desc" },
        take: 5,
        select: {
          id: true,
          name: true,
          deploymentType: true,
          status: true,
          updatedAt: true,
          submittedAt: true,
          snapshot: { select: { overall: true, band: true } },
          _count: { select: { answers: true } },
        },
      },
    },
  });
}
