// Prisma reports a broken unique constraint as P2002, on SQLite and Postgres
// alike: callers turn it into the conflict or field error it means for them.
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
