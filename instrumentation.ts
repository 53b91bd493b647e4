// Runs once when the server starts: the database must be reachable and, on
// SQLite, in WAL mode with a busy timeout and foreign keys, or the server
// refuses to start (see prepareDatabase).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureDatabaseReady } = await import("@/lib/db/prisma");
  try {
    await ensureDatabaseReady();
  } catch (error) {
    console.error("[steward] refusing to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
