// The headline band. Thresholds apply to the rounded overall score; the
// critical cap stops a high average from hiding a missing critical control.
import type { Band } from "./types";
import type { EvaluatedControl } from "./evaluate-controls";
import { CRITICAL_CAP_BELOW } from "./weights";

export const bandThresholds: readonly { band: Band; min: number }[] = [
  { band: "ready", min: 80 },
  { band: "established", min: 60 },
  { band: "developing", min: 40 },
  { band: "at-risk", min: 0 },
];

/**
 * True when an in-scope critical control earns under 2 (unanswered, 0 or 1).
 * Raising an answer can only clear this, never set it, so the cap keeps the
 * band monotonic in the answers.
 */
export function hasWeakCritical(items: readonly EvaluatedControl[]): boolean {
  return items.some((item) => item.inScope && item.control.severity === "critical" && item.credit < CRITICAL_CAP_BELOW);
}

export function bandFor(overall: number, weakCritical: boolean): Band {
  const band = bandThresholds.find((t) => overall >= t.min)?.band ?? "at-risk";
  return weakCritical && band === "ready" ? "established" : band;
}
