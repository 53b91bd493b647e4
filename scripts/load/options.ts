// Command-line options of `npm run load`. The defaults are the long form a
// person runs by hand; CI passes --duration 15 for the short form.
import { parseArgs } from "node:util";

export type LoadOptions = {
  database: "sqlite" | "postgres";
  users: number;
  durationSeconds: number;
  kill: boolean;
  /** Pause between one user's saves; 0 keeps every user's next save waiting on the last (closed loop). */
  thinkMs: number;
  port: number | null;
};

const usage = `usage: npm run load -- [--postgres] [--users N] [--duration SECONDS] [--kill] [--think-ms MS] [--port 3200-3299]
  --postgres     load a Postgres database (steward_load) instead of SQLite (data/load.db)
  --users N      simulated users, each with their own team and assessment (default 50 on SQLite, 200 on Postgres)
  --duration S   seconds of autosaving after sign-in (default 60)
  --kill         SIGKILL the server halfway, restart it on the same database, check nothing acknowledged was lost
  --think-ms MS  pause between a user's saves (default 0)
  --port P       server port (default: the first free one in 3200-3299)`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1, max = 100_000): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

export class UsageError extends Error {}

export function parseLoadOptions(argv: string[]): LoadOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        postgres: { type: "boolean", default: false },
        users: { type: "string" },
        duration: { type: "string" },
        kill: { type: "boolean", default: false },
        "think-ms": { type: "string" },
        port: { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) throw new UsageError(usage);
  const database = values.postgres ? "postgres" : "sqlite";
  return {
    database,
    users: positiveInt("users", values.users, database === "postgres" ? 200 : 50, 1, 2000),
    durationSeconds: positiveInt("duration", values.duration, 60, 2, 3600),
    kill: values.kill,
    thinkMs: positiveInt("think-ms", values["think-ms"], 0, 0, 60_000),
    port: values.port === undefined ? null : positiveInt("port", values.port, 0, 3200, 3299),
  };
}
