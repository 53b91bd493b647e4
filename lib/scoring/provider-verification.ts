// Provider-owned controls: not scored, but the customer should check the
// provider actually does them. The answer records how far they checked.
import type { AnswerState } from "./answer-state";
import type { EvaluatedControl } from "./evaluate-controls";
import type { VerifyItem } from "./types";
import { TARGET_LEVEL } from "./weights";

/** Used only if a version skipped the schema, which requires providerVerification for provider-owned controls. */
export const fallbackVerification = "Ask your AI provider for evidence that they run this control and review it.";

export function verificationStatus(state: AnswerState): VerifyItem["status"] {
  switch (state.kind) {
    case "na":
      return "not-applicable";
    case "unanswered":
      return "not-verified";
    case "level":
      if (state.value >= TARGET_LEVEL) return "verified";
      return state.value >= 1 ? "partly-verified" : "not-verified";
  }
}

export function buildVerifyList(items: readonly EvaluatedControl[]): VerifyItem[] {
  return items
    .filter((item) => item.owner === "provider")
    .map(({ control, state }) => ({
      controlId: control.id,
      title: control.title,
      domain: control.domain,
      severity: control.severity,
      verification: control.providerVerification ?? fallbackVerification,
      status: verificationStatus(state),
    }));
}
