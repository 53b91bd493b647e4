"use server";
// Server actions for the admin pages. Entry points only: authentication,
// authorization and validation live in the defineAction specs.
import { createTeamAction, setTeamMembershipAction } from "@/lib/organisations/team-actions";
import { changeRoleAction, removeMemberAction } from "@/lib/organisations/role-actions";
import { createInvitationAction, revokeInvitationAction } from "@/lib/organisations/invitation-actions";

export async function createTeam(input: unknown) {
  return createTeamAction.run(input);
}

export async function setTeamMembership(input: unknown) {
  return setTeamMembershipAction.run(input);
}

export async function changeRole(input: unknown) {
  return changeRoleAction.run(input);
}

export async function createInvitation(input: unknown) {
  return createInvitationAction.run(input);
}

export async function revokeInvitation(input: unknown) {
  return revokeInvitationAction.run(input);
}

export async function removeMember(input: unknown) {
  return removeMemberAction.run(input);
}
