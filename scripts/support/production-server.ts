// Runs the production server for the load test and the benchmarks as a direct child (node running
// Next's own bin, no npx wrapper), so the pid we hold is the server itself and
// SIGKILL really kills it. Every server started here is killed when this
// process exits, whatever the exit path.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { parseEnv } from "node:util";

export const SERVER_LOG = "data/production-server.log";

export type ServerConfig = { port: number; databaseUrl: string };
export type RunningServer = { pid: number; exited: Promise<void>; child: ChildProcess };

const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

export function requireBuild(): void {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: .next/BUILD_ID is missing. Run `NEXT_TELEMETRY_DISABLED=1 npx next build` first.");
}

/** AUTH_SECRET from .env, the same secret the app is configured with. */
export function readAuthSecret(): string {
  const secret = existsSync(".env") ? parseEnv(readFileSync(".env", "utf8")).AUTH_SECRET : undefined;
  if (!secret) throw new Error("AUTH_SECRET is missing from .env: run `bash scripts/ensure-env.sh`.");
  return secret;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free port in 3200-3299: the range kept for operations work on these shared machines. */
export async function findFreePort(): Promise<number> {
  for (let port = 3200; port <= 3299; port++) if (await portIsFree(port)) return port;
  throw new Error("no free port in 3200-3299");
}

export async function startServer({ port, databaseUrl }: ServerConfig): Promise<RunningServer> {
  if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use`);
  const log = createWriteStream(SERVER_LOG, { flags: "a" });
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    // A clean environment: nothing of this script's own (e.g. its react-server condition) leaks into the server.
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? "/tmp",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: `http://127.0.0.1:${port}`,
      AUTH_SECRET: readAuthSecret(),
      STEWARD_RELAXED_RATE_LIMITS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("could not start the server");
  live.add(child);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      live.delete(child);
      resolve();
    }),
  );
  await waitUntilReady(port, exited);
  return { pid: child.pid, exited, child };
}

async function waitUntilReady(port: number, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited while starting: see ${SERVER_LOG}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/sign-in`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer /sign-in within 60 s: see ${SERVER_LOG}`);
}

/** Graceful stop, then SIGKILL if it has not gone within `graceMs`. */
export async function stopServer(server: RunningServer, graceMs = 10_000): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), graceMs);
  await server.exited;
  clearTimeout(timer);
}

export async function killServer(server: RunningServer): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}
