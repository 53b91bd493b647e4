// "Not sure?" helper on the start page: three plain questions that map onto
// the shared responsibility model's SaaS / PaaS / IaaS split (seed 000).
import type { DeploymentType } from "@/lib/checklist/schema";

export type DeploymentHints = { builtOwnApp: boolean | null; hostsOwnModel: boolean | null };

export const deploymentHintQuestions = {
  builtOwnApp: "Did your team build the AI application itself (for example, calling a model through an API such as Azure OpenAI)?",
  hostsOwnModel: "Does your team train, fine-tune or host the model's weights on infrastructure you run or rent?",
} as const;

export function suggestDeploymentType(hints: DeploymentHints): DeploymentType | null {
  if (hints.hostsOwnModel) return "iaas";
  if (hints.builtOwnApp) return "paas";
  if (hints.builtOwnApp === false && hints.hostsOwnModel === false) return "saas";
  return null;
}
