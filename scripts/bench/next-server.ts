// Starts the production server (`next start`) on 127.0.0.1 for a benchmark,
// as a direct child process so stopping it stops the server itself.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

export async function startNextServer({ port, env }: { port: number; env: Record<string, string> }): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.once("exit", stop);
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`next start did not come up on ${url}`);
}
