import "server-only";
// The one place that decides what a viewer may do with a team's records.
// Every query for team data goes through here first.
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/sqlite/client";

export type TeamAccess = { teamId: string; canView: boolean; canEdit: boolean };

export async function getTeamAccess(viewer: Viewer, teamId: string): Promise<TeamAccess | null> {
  const team = await prisma.team.findFirst({
    where: { id: teamId, organisationId: viewer.organisationId },
    select: { id: true, members: { where: { userId: viewer.userId }, select: { id: true } } },
  });
  if (!team) return null;
  const linked = team.members.length > 0;
  switch (viewer.role) {
    case "admin":
      return { teamId, canView: true, canEdit: linked };
    case "manager":
      return { teamId, canView: linked, canEdit: false };
    case "member":
      return { teamId, canView: linked, canEdit: linked };
  }
}

/** The teams whose results this viewer may see, as a Prisma filter. */
export function visibleTeamsWhere(viewer: Viewer): Prisma.TeamWhereInput {
  return viewer.role === "admin"
    ? { organisationId: viewer.organisationId }
    : { organisationId: viewer.organisationId, members: { some: { userId: viewer.userId } } };
}
