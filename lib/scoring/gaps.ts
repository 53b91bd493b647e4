// The gap list: what the customer should fix, most important first.
import type { EvaluatedControl } from "./evaluate-controls";
import type { Gap } from "./types";
import { severityRank, TARGET_LEVEL } from "./weights";

type Unranked = Omit<Gap, "rank"> & { index: number };

/**
 * A gap is an in-scope control, not validly NA, below managed (3); unanswered
 * counts as 0 because an unknown control cannot be assumed to be in place.
 * Provider-owned controls never appear: they go to the verify list instead.
 */
export function buildGaps(items: readonly EvaluatedControl[]): Gap[] {
  const found: Unranked[] = [];
  for (const item of items) {
    if (!item.inScope || item.owner === "provider" || item.state.kind === "na") continue;
    const value = item.state.kind === "level" ? item.state.value : null;
    const shortfall = TARGET_LEVEL - (value ?? 0);
    if (shortfall <= 0) continue;
    const { control } = item;
    found.push({
      index: item.index,
      controlId: control.id,
      title: control.title,
      domain: control.domain,
      layer: control.layer,
      severity: control.severity,
      owner: item.owner,
      value,
      shortfall,
      priority: item.weight * shortfall,
      remediation: control.remediation,
      references: control.sources.references.map((ref) => ({ ...ref })),
    });
  }
  // Severity first so a critical control never sinks below a high one with a
  // bigger shortfall; version order last so equal gaps keep a stable order.
  found.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      b.priority - a.priority ||
      b.shortfall - a.shortfall ||
      a.index - b.index,
  );
  return found.map(({ index, ...gap }, i) => {
    void index; // only used for ordering
    return { rank: i + 1, ...gap };
  });
}
