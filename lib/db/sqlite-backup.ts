// Online backup and restore of the SQLite database. A plain file copy of a
// live database in WAL mode can miss committed pages still in the -wal file or
// catch a page mid-write; VACUUM INTO reads one consistent snapshot inside a
// read transaction instead, so it is safe while the server keeps writing.
// Restore validates the backup first and then copies it in with SQLite's
// backup API, which replaces the target in one write transaction.
// Pure Node (no "server-only"): the CLIs in scripts/ and the tests import it.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";

export class SqliteBackupError extends Error {}

/** `file:./data/steward.db` → the database file's absolute path. Refuses anything that is not SQLite. */
export function sqliteFileFromUrl(url: string, cwd = process.cwd()): string {
  if (!url.startsWith("file:"))
    throw new SqliteBackupError(
      `DATABASE_URL is not a SQLite file: URL (it starts with "${url.split(":")[0]}:"). This command backs up SQLite only; back up Postgres with pg_dump and restore with pg_restore.`,
    );
  const path = url
    .slice("file:".length)
    .replace(/^\/\/(?=\/)/, "")
    .split("?")[0]!;
  if (!path) throw new SqliteBackupError(`DATABASE_URL "${url}" names no file`);
  return resolve(cwd, path);
}

export type IntegrityReport = { ok: boolean; problems: string[] };

/** Runs PRAGMA integrity_check; a file that is not a database reports that instead of throwing. */
export function checkSqliteIntegrity(file: string): IntegrityReport {
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, problems: [`${file} does not exist or is not a file`] };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((line) => line !== "ok");
    return { ok: problems.length === 0 && rows.length > 0, problems };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  } finally {
    db?.close();
  }
}

/** A usable backup is an intact SQLite database that has been migrated (it has Prisma's migration table). */
export function validateSqliteBackup(file: string): void {
  const integrity = checkSqliteIntegrity(file);
  if (!integrity.ok) throw new SqliteBackupError(`${file} is not an intact SQLite database: ${integrity.problems.slice(0, 5).join("; ")}`);
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) throw new SqliteBackupError(`${file} is a SQLite database but not a Steward one: it has no _prisma_migrations table`);
    const applied = db.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { n: number };
    if (applied.n === 0) throw new SqliteBackupError(`${file} has no finished migrations`);
  } finally {
    db.close();
  }
}

function snapshotSqlite(source: string, destination: string): void {
  if (!existsSync(source)) throw new SqliteBackupError(`no database at ${source}`);
  if (existsSync(destination)) throw new SqliteBackupError(`${destination} already exists: choose a new file name`);
  const db = new Database(source, { fileMustExist: true });
  try {
    // Wait for a writer's lock rather than fail; a WAL reader is rarely blocked at all.
    db.pragma("busy_timeout = 10000");
    db.prepare("VACUUM INTO ?").run(destination);
  } finally {
    db.close();
  }
}

/** Writes a consistent snapshot of `source` to `destination`, which must not exist yet, and validates it. */
export function backupSqlite({ source, destination }: { source: string; destination: string }): { bytes: number } {
  snapshotSqlite(source, destination);
  validateSqliteBackup(destination);
  return { bytes: statSync(destination).size };
}

/**
 * Replaces the database at `target` with the backup's content. The server must
 * be stopped: everything written after the backup, sessions included, is gone,
 * and a running server would keep writing into the replaced database. The
 * current database, if any, is first saved next to it (`safetyCopy`).
 */
export async function restoreSqlite({ backup, target }: { backup: string; target: string }): Promise<{ safetyCopy: string | null }> {
  validateSqliteBackup(backup);
  let safetyCopy: string | null = null;
  if (existsSync(target)) {
    safetyCopy = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    try {
      snapshotSqlite(target, safetyCopy);
    } catch (error) {
      throw new SqliteBackupError(
        `could not save the current database before replacing it (${(error as Error).message}). If it is damaged, move ${target} and its -wal/-shm files aside (with the server stopped) and restore again.`,
      );
    }
  }
  const source = new Database(backup, { fileMustExist: true, readonly: true });
  try {
    // All pages in one step: the target changes in a single write transaction.
    await source.backup(target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const integrity = checkSqliteIntegrity(target);
  if (!integrity.ok) throw new SqliteBackupError(`the restored database failed its integrity check: ${integrity.problems.join("; ")}`);
  return { safetyCopy };
}
