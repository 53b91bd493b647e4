// Plain-language descriptions of the three deployment types, from the AI
// shared responsibility model (seed 000_1ac4df2c5bf46281.txt).
import type { DeploymentType } from "@/lib/checklist/schema";

export const deploymentTypeLabels: Record<DeploymentType, string> = {
  saas: "SaaS: a ready-made AI assistant",
  paas: "PaaS: building on a hosted model service",
  iaas: "IaaS: your own model and infrastructure",
};

export { deploymentTypeLabels as deploymentTypeShortLabels } from "@/lib/scoring/labels";

export const deploymentTypeExplanations: Record<DeploymentType, { summary: string; examples: string; youOwn: string }> = {
  saas: {
    summary: "You use an AI assistant someone else built and runs, such as Microsoft Copilot.",
    examples: "Microsoft 365 Copilot, Copilot in Windows or Bing, a chatbot built into a product you subscribe to.",
    youOwn: "How it is used: who can use it, what data it can reach, your policies, training, checking outputs and compliance.",
  },
  paas: {
    summary: "You build your own AI application on a model hosted by a provider, such as Azure OpenAI Service.",
    examples: "An internal assistant built on Azure OpenAI or Azure AI Studio, a support bot grounded on your documents.",
    youOwn: "Everything in SaaS plus the application layer: the safety system you configure, the metaprompt, plugins and connectors, and grounding data.",
  },
  iaas: {
    summary: "You train or host the model yourself, on infrastructure you run or rent.",
    examples: "An open-weights model you fine-tune and serve on your own GPUs or virtual machines.",
    youOwn: "Everything: the model, its training data and weights, the safety system, the infrastructure, the application and its use.",
  },
};
