// Entry point of the scoring engine: pure and deterministic, no I/O. The
// method is documented, with a worked example, in docs/scoring.md.
import { owners, type Owner } from "@/lib/checklist/schema";
import { buildApplicability } from "./applicability";
import { bandFor, hasWeakCritical } from "./band";
import { evaluateControls, type EvaluatedControl } from "./evaluate-controls";
import { buildGaps } from "./gaps";
import { completionOf, domainScores, layerScores, overallScore } from "./group-scores";
import { buildVerifyList } from "./provider-verification";
import type { ScoreResult, ScoringInput } from "./types";

function responsibilityOf(items: readonly EvaluatedControl[]): Record<Owner, number> {
  const counts = Object.fromEntries(owners.map((o) => [o, 0])) as Record<Owner, number>;
  for (const item of items) counts[item.owner] += 1;
  return counts;
}

export function scoreAssessment(input: ScoringInput): ScoreResult {
  const items = evaluateControls(input);
  const overall = overallScore(items);
  return {
    versionId: input.version.id,
    deploymentType: input.deploymentType,
    overall,
    band: bandFor(overall, hasWeakCritical(items)),
    completion: completionOf(items),
    domains: domainScores(input.version, items),
    layers: layerScores(items),
    responsibility: responsibilityOf(items),
    gaps: buildGaps(items),
    verifyWithProvider: buildVerifyList(items),
    applicability: buildApplicability(items, input.deploymentType),
  };
}
