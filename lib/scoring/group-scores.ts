// Overall, per-domain and per-layer scores, plus completion. All of them are
// weighted averages of credit, summed in integers and rounded once at the end.
import type { ChecklistVersion, DomainId, Layer } from "@/lib/checklist/schema";
import { isAnswered } from "./answer-state";
import type { EvaluatedControl } from "./evaluate-controls";
import { layerOrder, layerTitles } from "./labels";
import type { Completion, GroupScore } from "./types";
import { MAX_CREDIT, percentHalfUp } from "./weights";

type GroupTally = Omit<GroupScore<string>, "id" | "title">;

/**
 * Score of a set of controls: round(100 * sum(weight * credit/4) / sum(weight))
 * over the in-scope ones, computed as round(100 * sum(weight*credit) / (4 * sum(weight)))
 * to stay in integers. Null when nothing in the set is the customer's to score.
 */
export function tallyGroup(items: readonly EvaluatedControl[]): GroupTally {
  let earned = 0;
  let possible = 0;
  let answered = 0;
  let inScope = 0;
  for (const item of items) {
    if (isAnswered(item.state)) answered += 1;
    if (!item.inScope) continue;
    inScope += 1;
    earned += item.weight * item.credit;
    possible += item.weight * MAX_CREDIT;
  }
  return { score: possible === 0 ? null : percentHalfUp(earned, possible), answered, total: items.length, inScope };
}

/** With nothing in scope the customer has nothing left to do, so overall reads 100 rather than null. */
export function overallScore(items: readonly EvaluatedControl[]): number {
  return tallyGroup(items).score ?? 100;
}

export function domainScores(version: ChecklistVersion, items: readonly EvaluatedControl[]): GroupScore<DomainId>[] {
  const byDomain = new Map<DomainId, EvaluatedControl[]>();
  for (const item of items) {
    const bucket = byDomain.get(item.control.domain);
    if (bucket) bucket.push(item);
    else byDomain.set(item.control.domain, [item]);
  }
  return version.domains.map((domain) => ({
    id: domain.id,
    title: domain.title,
    ...tallyGroup(byDomain.get(domain.id) ?? []),
  }));
}

export function layerScores(items: readonly EvaluatedControl[]): GroupScore<Layer>[] {
  return layerOrder.map((layer) => ({
    id: layer,
    title: layerTitles[layer],
    ...tallyGroup(items.filter((item) => item.control.layer === layer)),
  }));
}

/**
 * Completion counts every control, provider-owned ones included, because the
 * customer still answers whether they verified the provider's side.
 */
export function completionOf(items: readonly EvaluatedControl[]): Completion {
  const answered = items.filter((item) => isAnswered(item.state)).length;
  const total = items.length;
  return { answered, total, percent: total === 0 ? 100 : percentHalfUp(answered, total) };
}
