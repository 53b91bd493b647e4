// The rows a submission writes for the dashboard: the snapshot, one score per
// domain and one row per gap, all derived from the scoring engine's result.
// Submitting and the benchmark's bulk fill both build them here, so the
// dashboard reads exactly what the engine computed.
import type { ScoreResult } from "@/lib/scoring/types";

export type SnapshotOwner = { assessmentId: string; organisationId: string; teamId: string; createdAt: Date };

/** "YYYY-MM" in UTC: the trend chart's grouping key. */
export function snapshotMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function snapshotRow(result: ScoreResult, owner: SnapshotOwner) {
  return {
    ...owner,
    overall: result.overall,
    band: result.band,
    completion: result.completion.percent,
    gapCount: result.gaps.length,
    criticalGaps: result.gaps.filter((g) => g.severity === "critical").length,
    result: JSON.stringify(result),
    month: snapshotMonth(owner.createdAt),
  };
}

export function domainScoreRows(result: ScoreResult, snapshotId: string, organisationId: string) {
  return result.domains.map((d) => ({ snapshotId, organisationId, domainId: d.id, score: d.score }));
}

export function gapRows(result: ScoreResult, snapshotId: string, organisationId: string) {
  return result.gaps.map((g) => ({ snapshotId, organisationId, controlId: g.controlId, severity: g.severity, rank: g.rank }));
}

/** The team's dashboard fields once this snapshot is its latest. */
export function teamLatestFields(result: ScoreResult, snapshotId: string) {
  return { latestSnapshotId: snapshotId, latestScore: result.overall, latestCompletion: result.completion.percent };
}
