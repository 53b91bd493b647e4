// AI platform and model. Platform-layer controls: the provider runs them for
// SaaS, the provider runs them or shares them with you for PaaS (where it
// exposes settings, or you tune and choose models), and you run them for IaaS
// (seed 000, "AI platform"; seed 001, "Microsoft responsibilities").
import type { Control } from "@/lib/checklist/schema";

const SRM = "000_1ac4df2c5bf46281.txt"; // Microsoft: AI shared responsibility model
const FAQ = "001_de1396183eda1dd7.txt"; // Microsoft: AI security FAQ
const SAFE = "002_94c06dbd6dc434e7.txt"; // Microsoft: How to use generative AI safely

export const platformControls = [
  {
    id: "platform.model-selection",
    domain: "platform",
    title: "Model chosen and evaluated for the use case",
    question:
      "Is each model chosen against written requirements and tested on your own realistic cases for quality, groundedness, safety and fairness before it is used?",
    whyItMatters:
      "Models differ widely in accuracy, safety behaviour and bias, and a public benchmark score says little about your use case. Evaluation on realistic tasks is the only evidence that the model is fit for purpose.",
    severity: "high",
    layer: "platform",
    lifecycle: "identify",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Read the provider's transparency notes for the models behind the service, check which quality, safety and fairness evaluations it publishes, and confirm how it tells you when the model changes.",
    remediation:
      "Write down what each model must achieve, such as accuracy, languages, safety, cost and data location, and compare candidates against it. Build an evaluation set from real tasks including adversarial and edge cases, measure groundedness, relevance, content safety and bias, and keep the results as evidence for the approval decision.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "NIST AI RMF", id: "MEASURE 2.3", label: "Performance measured in conditions similar to deployment" },
        { framework: "NIST AI RMF", id: "MEASURE 2.5", label: "AI system demonstrated to be valid and reliable" },
        { framework: "NIST AI RMF", id: "MEASURE 2.11", label: "Fairness and bias evaluated" },
        { framework: "ISO/IEC 42001", id: "A.6.2", label: "AI system life cycle (A.6.2.4 verification and validation)" },
      ],
    },
  },
  {
    id: "platform.training-data-provenance",
    domain: "platform",
    title: "Training and fine-tuning data provenance recorded",
    question:
      "Do you know and record where the data used to train or fine-tune your models came from, whether you have the right to use it, and what it contains?",
    whyItMatters:
      "Data of unknown origin can carry copyright, privacy or consent problems and hidden bias into a model. Once trained in, these problems are very hard to remove.",
    severity: "medium",
    layer: "platform",
    lifecycle: "identify",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Review the provider's documentation on where the training data for its foundation models came from, how personal data was handled (for example anonymisation before training), and the intellectual property commitments in its product terms.",
    remediation:
      "Keep a datasheet for every training and fine-tuning dataset recording its source, licence or legal basis, collection date, contents, personal data and known gaps. Use data only from approved sources, version datasets so you can trace which data produced which model, and review them for bias and representativeness.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "EU AI Act", id: "Article 10", label: "Data and data governance (high-risk AI)" },
        { framework: "ISO/IEC 42001", id: "A.7.5", label: "Data provenance" },
        { framework: "ISO/IEC 42001", id: "A.7.3", label: "Acquisition of data" },
        { framework: "NIST AI RMF", id: "MAP 4.1", label: "Legal and technology risks of components, including third-party data, mapped" },
      ],
    },
  },
  {
    id: "platform.data-poisoning",
    domain: "platform",
    title: "Training data protected against poisoning",
    question:
      "Are datasets used to train or fine-tune models protected from tampering and checked for poisoned or malicious records before training?",
    whyItMatters:
      "An attacker who slips crafted records into training data can plant hidden behaviours or backdoors that only trigger on certain inputs. Poisoned public datasets are an established attack route.",
    severity: "high",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Ask how the provider checks and protects the training data of its foundation models against poisoning, and look for this in its security documentation and red teaming disclosures.",
    remediation:
      "Keep training data in access-controlled, versioned storage with integrity checks, and restrict who can add or change records. Scan new data for anomalies, duplicates and embedded instructions before training, and test trained models for unexpected trigger behaviour.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM04:2025", label: "Data and Model Poisoning" },
        { framework: "MITRE ATLAS", id: "AML.T0020", label: "Poison Training Data" },
        { framework: "MITRE ATLAS", id: "AML.T0019", label: "Publish Poisoned Datasets" },
        { framework: "ISO/IEC 42001", id: "A.7.4", label: "Quality of data for AI systems" },
      ],
    },
  },
  {
    id: "platform.model-weights-protection",
    domain: "platform",
    title: "Model weights and fine-tuned models protected",
    question:
      "Are model weights and fine-tuned models stored securely, with access restricted, changes tracked and integrity checked before deployment?",
    whyItMatters:
      "The weights are the model: whoever steals them has your investment, and whoever alters them controls its behaviour. Repeated querying of an exposed model can also be used to copy it.",
    severity: "high",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "provider", iaas: "customer" },
    providerVerification:
      "Confirm in the provider's documentation and audit reports how base and fine-tuned model weights are stored and isolated between customers, and that models fine-tuned on your data are available only to you.",
    remediation:
      "Keep weights in encrypted, access-controlled storage or a model registry, limited to the deployment pipeline and a few named engineers. Hash or sign model files and verify them at deployment, log every access, and rate-limit and monitor inference endpoints for querying patterns that suggest model extraction.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "MITRE ATLAS", id: "AML.T0024.002", label: "Extract AI Model" },
        { framework: "MITRE ATLAS", id: "AML.T0018", label: "Backdoor AI Model" },
        { framework: "MITRE ATLAS", id: "AML.T0048.004", label: "AI Intellectual Property Theft" },
      ],
    },
  },
  {
    id: "platform.fine-tuning",
    domain: "platform",
    title: "Fine-tuning controlled and re-tested",
    question:
      "Is fine-tuning of models approved, done on reviewed data, and followed by safety and quality re-testing before the tuned model is used?",
    whyItMatters:
      "Fine-tuning changes model behaviour and can weaken the original model's safety behaviour, even with harmless-looking data. It also builds your data into the model, which affects privacy and deletion.",
    severity: "medium",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Check that the provider does not fine-tune the service's models on your data without your agreement, and how it re-tests safety after any change to the models it runs for you.",
    remediation:
      "Require approval for each fine-tuning job, with a record of the data used, its owner and the purpose. Rerun your safety and quality evaluations on the tuned model and compare them with the base model, and keep the ability to roll back to the previous version.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM04:2025", label: "Data and Model Poisoning" },
        { framework: "NIST AI RMF", id: "MEASURE 2.6", label: "AI system evaluated regularly for safety risks" },
        { framework: "ISO/IEC 42001", id: "A.6.2", label: "AI system life cycle (A.6.2.4 verification and validation)" },
      ],
    },
  },
  {
    id: "platform.safety-system",
    domain: "platform",
    title: "Platform content filters and abuse monitoring in place",
    question:
      "Are the model platform's built-in content filters and abuse monitoring switched on and set to the right strictness for your use, and do you know what they block?",
    whyItMatters:
      "The platform safety system is the model-level net for harmful prompts and outputs, including jailbreak attempts. Filters turned down or off for convenience leave every application on that model exposed.",
    severity: "high",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Check the provider's documentation for the safety system built into the service, which harm categories it covers, and whether any exemption from filtering or abuse monitoring applies to your tenant.",
    remediation:
      "Keep default content filters on for every model deployment, and record any change in strictness with a business reason and approval. If you host models yourself, put an equivalent filtering and abuse detection layer in front of them, and test the filters with known harmful and jailbreak prompts after each model or configuration change.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "MITRE ATLAS", id: "AML.T0054", label: "LLM Jailbreak" },
        { framework: "NIST AI RMF", id: "MEASURE 2.6", label: "AI system evaluated regularly for safety risks" },
      ],
    },
  },
  {
    id: "platform.infrastructure-hardening",
    domain: "platform",
    title: "AI hosting infrastructure hardened and isolated",
    question:
      "Is the infrastructure that hosts your models and AI services hardened, patched and isolated on the network, with public access switched off where it is not needed?",
    whyItMatters:
      "Model servers, notebooks and GPU hosts are often set up quickly for experiments and left exposed to the internet. A compromised host gives access to models, training data and credentials.",
    severity: "high",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Review the provider's SOC 2 and ISO/IEC 27001 reports for the AI service to confirm infrastructure hardening, patching and tenant isolation, and check which network isolation options, such as private endpoints, it offers.",
    remediation:
      "Apply your server and container hardening baselines to AI hosts, patch inference and training stacks on a schedule, and remove direct internet exposure. Put model endpoints behind private networking with authentication, keep training environments separate from production, and for platform services switch off public network access in favour of private endpoints.",
    sources: {
      seeds: [SRM, FAQ, SAFE],
      references: [
        { framework: "NIST AI RMF", id: "MEASURE 2.7", label: "AI system security and resilience evaluated and documented" },
        { framework: "MITRE ATLAS", id: "AML.T0049", label: "Exploit Public-Facing Application" },
        { framework: "GDPR", id: "Article 32", label: "Security of processing" },
      ],
    },
  },
  {
    id: "platform.model-supply-chain",
    domain: "platform",
    title: "Third-party models and AI libraries vetted",
    question:
      "Do you use only models, datasets and AI libraries from trusted sources, checked for integrity and unsafe file formats before use?",
    whyItMatters:
      "Public model hubs and packages can contain poisoned models or files that run malicious code when loaded. One compromised component can affect every system built on it.",
    severity: "high",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Ask how the provider vets the models and third-party components in its service, including other publishers' models offered in its catalogue, and look for this in its supply chain and security attestations.",
    remediation:
      "Keep an approved list of model sources and review each new model or dataset before use, including its licence, model card and known issues. Verify hashes or signatures, prefer safe formats such as safetensors over pickle-based files, scan model files and dependencies, and keep a bill of materials for each AI system.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM03:2025", label: "Supply Chain" },
        { framework: "MITRE ATLAS", id: "AML.T0010", label: "AI Supply Chain Compromise" },
        { framework: "MITRE ATLAS", id: "AML.T0011.000", label: "Unsafe AI Artifacts" },
        { framework: "MITRE ATLAS", id: "AML.T0058", label: "Publish Poisoned Models" },
        { framework: "NIST AI RMF", id: "MANAGE 3.2", label: "Pre-trained models monitored" },
      ],
    },
  },
  {
    id: "platform.model-documentation",
    domain: "platform",
    title: "Model limitations and intended uses documented",
    question:
      "Do you have documentation for each model, such as a transparency note or model card, covering its intended uses, limitations and known risks, and have your teams read it?",
    whyItMatters:
      "Using a model outside what it was designed and tested for is a common cause of failure. Documentation is how the limitations known to the model's maker reach the people deploying it.",
    severity: "low",
    layer: "platform",
    lifecycle: "identify",
    owner: { saas: "provider", paas: "provider", iaas: "customer" },
    providerVerification:
      "Obtain the provider's transparency notes, model cards or equivalent for each model you rely on, check that your use is within the stated intended uses, and note any limitations you must mitigate on your side.",
    remediation:
      "Collect the transparency note or model card for every model in use and link it from the AI register. For models you train or host yourself, write one covering purpose, training data, evaluation results, limitations and safe-use guidance, and update it with each new version.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "EU AI Act", id: "Article 13", label: "Transparency and provision of information to deployers" },
        { framework: "EU AI Act", id: "Article 53", label: "Obligations for providers of general-purpose AI models" },
        { framework: "ISO/IEC 42001", id: "A.8.2", label: "System documentation and information for users" },
        { framework: "NIST AI RMF", id: "MAP 2.2", label: "Knowledge limits and human oversight of output documented" },
      ],
    },
  },
  {
    id: "platform.model-versioning",
    domain: "platform",
    title: "Model versions tracked and changes re-tested",
    question:
      "Do you know which model version each AI system uses, get warning of upgrades and retirements, and re-test before switching?",
    whyItMatters:
      "A model update can change answers, safety behaviour and cost overnight, and retired versions can break applications. Uncontrolled changes undermine the evaluations you relied on.",
    severity: "medium",
    layer: "platform",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "shared", iaas: "customer" },
    providerVerification:
      "Check how the provider announces model changes and retirements for the service, how much notice it gives, and whether it re-evaluates safety and quality when it changes the model.",
    remediation:
      "Pin model versions in each deployment and record them in the AI register. Subscribe to the provider's retirement notices, rerun your evaluation set on new versions before switching, and keep a rollback plan until the new version has proved itself in production.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "NIST AI RMF", id: "MANAGE 3.2", label: "Pre-trained models monitored" },
        { framework: "NIST AI RMF", id: "MANAGE 4.1", label: "Post-deployment monitoring, including change management" },
        { framework: "ISO/IEC 42001", id: "A.6.2", label: "AI system life cycle (A.6.2.5 deployment)" },
      ],
    },
  },
] satisfies Control[];
