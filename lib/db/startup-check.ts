import "server-only";
// Called from instrumentation.ts on the Node.js runtime only.
import { ensureDatabaseReady } from "@/lib/db/prisma";

export async function ensureDatabaseReadyOrExit(): Promise<void> {
  try {
    await ensureDatabaseReady();
  } catch (error) {
    console.error("[steward] refusing to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
