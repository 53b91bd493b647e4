// Turns a stored answer into one of three states, so every other helper
// applies the same rule for what counts as answered and what NA means.
import type { MaturityLevel } from "@/lib/checklist/schema";
import type { ScoringAnswer } from "./types";
import { MAX_CREDIT } from "./weights";

export type AnswerState =
  | { kind: "unanswered" }
  | { kind: "level"; value: MaturityLevel }
  | { kind: "na"; justification: string };

const UNANSWERED: AnswerState = { kind: "unanswered" };

function isMaturityLevel(value: unknown): value is MaturityLevel {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4;
}

/**
 * "na" only counts with a non-blank justification: otherwise anyone could
 * raise a score by waving controls away, so a bare "na" stays unanswered.
 * Values outside 0-4 (bad stored data) are treated as unanswered rather than
 * trusted, because answers come from storage the engine does not control.
 */
export function readAnswer(answer: ScoringAnswer | undefined): AnswerState {
  // `== null` also catches a null from storage, which the type does not admit but JSON can carry.
  if (answer == null) return UNANSWERED;
  if (answer.value === "na") {
    const justification = typeof answer.naJustification === "string" ? answer.naJustification.trim() : "";
    return justification === "" ? UNANSWERED : { kind: "na", justification };
  }
  return isMaturityLevel(answer.value) ? { kind: "level", value: answer.value } : UNANSWERED;
}

export function isAnswered(state: AnswerState): boolean {
  return state.kind !== "unanswered";
}

/** Credit out of 4. A valid NA earns full credit so that marking NA can never lower a score. */
export function creditOf(state: AnswerState): number {
  switch (state.kind) {
    case "unanswered":
      return 0;
    case "level":
      return state.value;
    case "na":
      return MAX_CREDIT;
  }
}
