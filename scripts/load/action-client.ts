// Calls the app's server actions over HTTP exactly as the browser's Next.js
// runtime does: a POST to the page with the action's id in `Next-Action` and
// the arguments as a JSON array, answered with an RSC stream that carries the
// action's return value. Each simulated user has its own cookie jar, so the
// Better Auth session cookie set by signIn rides on every later request.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

type ManifestEntry = { exportedName?: string; filename?: string };
type Manifest = { node: Record<string, ManifestEntry> };

/** Action ids change with every build; the manifest of the build being served names them. */
export function readActionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const match = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName && entry.filename === filename);
  if (!match) throw new Error(`action ${exportedName} from ${filename} is not in .next/server/server-reference-manifest.json: rebuild`);
  return match[0];
}

export type ActionReturn = { data?: unknown; error?: { code: string; message?: string; detail?: unknown } };

export type ActionOutcome =
  /** The app answered with its action result. */
  | { kind: "result"; status: number; result: ActionReturn; ms: number }
  /** The app answered, but not with an action result (e.g. a 500 page). */
  | { kind: "http-error"; status: number; ms: number }
  /** No answer at all: refused, reset or timed out. The action may or may not have run. */
  | { kind: "network-error"; reason: string; ms: number };

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get size(): number {
    return this.cookies.size;
  }
}

/**
 * React's reply encoding: a string that starts with "$" is a reference unless
 * escaped as "$$" (the browser's encodeReply does this), so user text like
 * "$5 budget" must be escaped before it is sent.
 */
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

/** The reverse for the answer: "$undefined" is undefined, "$$x" is the text "$x". */
function reviveRscValue(_key: string, value: unknown): unknown {
  if (typeof value !== "string" || !value.startsWith("$")) return value;
  if (value === "$undefined") return undefined;
  if (value.startsWith("$$")) return value.slice(1);
  return value;
}

/**
 * The return value is the row the first row points at ("a":"$@N"); falling back
 * to the first row that looks like {data} or {error} keeps this working if the
 * framing changes slightly between Next.js versions.
 */
export function parseActionResponse(body: string): ActionReturn | null {
  const rows = new Map<string, unknown>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!match) continue;
    try {
      rows.set(match[1]!, JSON.parse(match[2]!, reviveRscValue));
    } catch {
      // not a JSON row (e.g. a text chunk)
    }
  }
  const root = rows.get("0") as { a?: unknown } | undefined;
  const pointer = typeof root?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(root.a) : null;
  const pointed = pointer ? rows.get(pointer[1]!) : undefined;
  const candidates = pointed !== undefined ? [pointed] : [...rows.values()];
  for (const row of candidates) if (row && typeof row === "object" && ("data" in row || "error" in row)) return row as ActionReturn;
  return null;
}

export async function callAction({
  origin,
  path,
  actionId,
  input,
  jar,
  timeoutMs = 30_000,
}: {
  origin: string;
  path: string;
  actionId: string;
  input: unknown;
  jar: CookieJar;
  timeoutMs?: number;
}): Promise<ActionOutcome> {
  const start = performance.now();
  try {
    const response = await fetch(`${origin}${path}`, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: origin,
        ...(jar.size > 0 ? { Cookie: jar.header() } : {}),
      },
      body: encodeActionArguments([input]),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    jar.store(response.headers.getSetCookie());
    const body = await response.text();
    const ms = performance.now() - start;
    const result = response.ok ? parseActionResponse(body) : null;
    return result ? { kind: "result", status: response.status, result, ms } : { kind: "http-error", status: response.status, ms };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === "TimeoutError" ? "TIMEOUT" : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { kind: "network-error", reason, ms: performance.now() - start };
  }
}
