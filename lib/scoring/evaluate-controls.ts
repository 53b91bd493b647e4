// One pass over the version that settles, per control, who owns it, what the
// answer means and what credit it earns; every result section reads from this.
import type { Control, Owner } from "@/lib/checklist/schema";
import { creditOf, readAnswer, type AnswerState } from "./answer-state";
import type { ScoringInput } from "./types";
import { severityWeights } from "./weights";

export type EvaluatedControl = {
  control: Control;
  /** Position in the version, the final tie-break wherever order matters. */
  index: number;
  owner: Owner;
  weight: number;
  state: AnswerState;
  /** 0-4; see creditOf. */
  credit: number;
  /** Customer or shared: the customer's to score. Provider-owned controls are inherited. */
  inScope: boolean;
};

export function evaluateControls(input: ScoringInput): EvaluatedControl[] {
  const { version, deploymentType, answers } = input;
  return version.controls.map((control, index) => {
    const owner = control.owner[deploymentType];
    // Own-property lookup so a control id like "constructor" can never hit Object.prototype.
    const raw = Object.prototype.hasOwnProperty.call(answers, control.id) ? answers[control.id] : undefined;
    const state = readAnswer(raw);
    return {
      control,
      index,
      owner,
      weight: severityWeights[control.severity],
      state,
      credit: creditOf(state),
      inScope: owner !== "provider",
    };
  });
}
