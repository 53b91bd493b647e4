// The constants the method rests on, kept in one file so docs/scoring.md and
// the code have a single place to agree with.
import type { Severity } from "@/lib/checklist/schema";

/** How much a control counts in a group score, and how urgent its gap is. */
export const severityWeights: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Highest maturity level; a control at this level (or validly NA) earns full credit. */
export const MAX_CREDIT = 4;

/** Managed (3) is the level we ask of every in-scope control; anything below is a gap. */
export const TARGET_LEVEL = 3;

/** A critical in-scope control below this credit (0, 1 or unanswered) caps the band at "established". */
export const CRITICAL_CAP_BELOW = 2;

/** Severity order for sorting gaps, critical first. */
export const severityRank: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * round(100 * numerator / denominator), half up, in integer arithmetic.
 * Scores are built from integer sums so that 12.5 rounds to 13 exactly rather
 * than to whatever a floating-point 12.4999… happens to give.
 */
export function percentHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("percentHalfUp needs a positive denominator");
  const twice = 200 * numerator + denominator;
  const div = 2 * denominator;
  return (twice - (twice % div)) / div;
}
