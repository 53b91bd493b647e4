import "server-only";
// Changing a person's organisation role. The viewer is loaded afresh on every
// request (lib/auth/viewer.ts), so a new role applies from the next click.
import { prisma } from "@/lib/db/prisma";
import { ActionFailure } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { byViewer, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireAdmin, requireOrgUser } from "@/lib/organisations/admin-access";
import { ChangeRoleSchema } from "@/lib/organisations/schemas";

export const changeRoleAction = defineAction({
  name: "changeRole",
  access: "viewer",
  input: ChangeRoleSchema,
  authorize: async (viewer, input) => {
    requireAdmin(viewer);
    await requireOrgUser(viewer, input.userId);
  },
  handler: async ({ viewer, input, meta }) => {
    return prisma.$transaction(async (tx) => {
      const membership = await tx.membership.findUniqueOrThrow({ where: { userId: input.userId }, select: { id: true, role: true } });
      if (membership.role === input.role) return { userId: input.userId, role: input.role };
      if (membership.role === "admin") {
        const admins = await tx.membership.count({ where: { organisationId: viewer.organisationId, role: "admin" } });
        // An organisation without an admin could never be managed again.
        if (admins <= 1)
          throw new ActionFailure("CONFLICT", "Some fields need attention.", { role: ["Your organisation needs at least one admin. Make someone else admin first."] });
      }
      await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
      await recordAuditEvent(tx, {
        action: "org.role_changed",
        ...byViewer(viewer, meta.ip),
        targetType: "user",
        targetId: input.userId,
        metadata: { from: membership.role, to: input.role },
      });
      return { userId: input.userId, role: input.role };
    });
  },
});
