// Takes a row's write lock at the start of a transaction (a no-op update), so
// read-then-write checks on it cannot interleave with another transaction's:
// on Postgres (READ COMMITTED) the second one waits and then reads the first
// one's committed result. On SQLite writers are serialised anyway.
import type { Db } from "@/lib/db/create-client";

type Tx = Pick<Db, "$executeRaw">;

export async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Organisation" SET "name" = "name" WHERE "id" = ${organisationId}`;
}

export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Team" SET "name" = "name" WHERE "id" = ${teamId}`;
}
