// Data protection and privacy. Data governance (classifying, protecting and
// managing the lifecycle of data) is the customer's in every deployment model
// (seed 001); encryption of the stores an AI application creates sits in the
// application layer.
import type { Control } from "@/lib/checklist/schema";

const FAQ = "001_de1396183eda1dd7.txt"; // Microsoft: AI security FAQ
const SAFE = "002_94c06dbd6dc434e7.txt"; // Microsoft: How to use generative AI safely

export const dataControls = [
  {
    id: "data.classification-labels",
    domain: "data",
    title: "Sensitive data classified and labelled",
    question:
      "Is your sensitive data classified and labelled (for example with sensitivity labels) so that AI tools and data protection controls can recognise it?",
    whyItMatters:
      "Labels are what let AI assistants, data loss prevention and encryption treat confidential data differently. Without them, an assistant sees a board paper and a lunch menu as the same kind of file.",
    severity: "high",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Agree a simple classification scheme of three to five levels and publish sensitivity labels for it. Apply default labels to new content, use automatic labelling for common sensitive data types, and check that AI-generated documents inherit the label of the sources they draw on.",
    sources: {
      seeds: [FAQ, SAFE],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM02:2025", label: "Sensitive Information Disclosure" },
        { framework: "GDPR", id: "Article 32", label: "Security of processing" },
      ],
    },
  },
  {
    id: "data.dlp-for-ai",
    domain: "data",
    title: "Data loss prevention covers AI prompts and uploads",
    question:
      "Do your data loss prevention rules stop staff pasting or uploading sensitive data into AI tools you have not approved, and limit which sensitive content approved tools can process?",
    whyItMatters:
      "Prompt boxes are a new way for confidential data to leave, and consumer AI tools may keep or reuse what they are given. Data loss prevention that only watches email and USB drives misses this route.",
    severity: "high",
    layer: "usage",
    lifecycle: "protect",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Extend data loss prevention to browsers and endpoints so that sensitive data types and labelled content cannot be pasted or uploaded to unapproved AI sites. For approved assistants, use label-based rules to keep the most confidential content out of AI processing where appropriate, and review AI-related alerts weekly to tune the rules.",
    sources: {
      seeds: [SAFE, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM02:2025", label: "Sensitive Information Disclosure" },
        { framework: "MITRE ATLAS", id: "AML.T0057", label: "LLM Data Leakage" },
        { framework: "GDPR", id: "Article 32", label: "Security of processing" },
      ],
    },
  },
  {
    id: "data.retention-deletion",
    domain: "data",
    title: "Retention and deletion rules for AI interactions",
    question:
      "Have you decided how long prompts, responses and AI-generated content are kept, and confirmed they are deleted when that period ends?",
    whyItMatters:
      "Every prompt and answer is a business record that may hold personal or confidential data; Microsoft 365 Copilot, for example, stores them in the user's mailbox. Keeping them forever increases exposure, while deleting them too soon can break legal obligations.",
    severity: "medium",
    layer: "usage",
    lifecycle: "protect",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Set a retention period for AI interactions in line with your records policy and apply it with your retention tooling (for example Microsoft Purview retention policies for Copilot interactions). Confirm how and when the provider permanently deletes data after that period, and make sure legal holds override deletion when needed.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "GDPR", id: "Article 5", label: "Principles, including storage limitation" },
        { framework: "GDPR", id: "Article 17", label: "Right to erasure" },
      ],
    },
  },
  {
    id: "data.ediscovery",
    domain: "data",
    title: "AI interactions searchable for eDiscovery and legal hold",
    question:
      "Can your legal and compliance teams search, hold and export AI prompts and responses when needed for investigations, litigation or requests from individuals for their data?",
    whyItMatters:
      "AI interactions are discoverable records. If you cannot find them, you may fail a court order, a regulator's request or a person's right of access.",
    severity: "medium",
    layer: "usage",
    lifecycle: "respond",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Confirm that AI interactions are covered by your eDiscovery tooling (for example Microsoft Purview eDiscovery for Copilot) and test a search, hold and export end to end. Add AI interactions to your legal hold and subject access request procedures, including for any AI applications you build yourself.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "NIST AI RMF", id: "GOVERN 1.1", label: "Legal and regulatory requirements understood and managed" },
        { framework: "GDPR", id: "Article 15", label: "Right of access by the data subject" },
      ],
    },
  },
  {
    id: "data.provider-training-use",
    domain: "data",
    title: "Provider use of your data for model training confirmed",
    question:
      "For every AI service you use, have you confirmed in the contract whether your prompts, files and outputs can be used to train or improve the provider's models, and blocked any use you have not agreed to?",
    whyItMatters:
      "Data used to train a model can resurface in answers to other people and cannot practically be removed afterwards. Enterprise terms often rule this out, but consumer and free tiers frequently do not.",
    severity: "critical",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Review the product terms, data protection addendum and privacy settings of each AI service, and record whether customer data is used for training, human review or abuse monitoring and how long it is kept. Switch off optional data sharing, require business rather than consumer accounts, and block services whose terms allow training on your data without your consent.",
    sources: {
      seeds: [FAQ, SAFE],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM02:2025", label: "Sensitive Information Disclosure" },
        { framework: "GDPR", id: "Article 28", label: "Processor" },
        { framework: "NIST AI RMF", id: "GOVERN 6.1", label: "Policies address AI risks from third parties" },
      ],
    },
  },
  {
    id: "data.residency-transfers",
    domain: "data",
    title: "Data location and international transfers known",
    question:
      "Do you know in which countries each AI service stores and processes your prompts and data, and are transfers outside your region covered by a lawful transfer mechanism?",
    whyItMatters:
      "AI services may process prompts in a different region from where your data normally lives, for example when capacity is short. Transfers of personal data outside the UK or EEA need a legal basis and may break commitments to your own customers.",
    severity: "medium",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Record the processing and storage locations of each AI service from its documentation and data protection addendum, including any fallback regions. Choose regional or data boundary options where offered, and make sure standard contractual clauses or another transfer mechanism cover any transfer that remains.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "GDPR", id: "Article 44", label: "General principle for transfers" },
        { framework: "GDPR", id: "Article 46", label: "Transfers subject to appropriate safeguards" },
        { framework: "GDPR", id: "Article 28", label: "Processor" },
      ],
    },
  },
  {
    id: "data.personal-data-minimisation",
    domain: "data",
    title: "Only necessary personal data goes into AI",
    question:
      "Do you limit the personal data that goes into AI prompts, grounding sources and training sets to what the purpose needs, with a lawful basis recorded?",
    whyItMatters:
      "AI makes it easy to pull large amounts of personal data into one place and to infer new things about people. Minimising the data reduces the harm from leaks, errors and misuse, and is a legal requirement under GDPR.",
    severity: "medium",
    layer: "usage",
    lifecycle: "protect",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "For each AI use involving personal data, record the purpose and lawful basis, and remove fields the purpose does not need before indexing or training. Prefer pseudonymised or synthetic data for testing, and exclude special category data unless a specific legal condition applies and has been approved.",
    sources: {
      seeds: [FAQ, SAFE],
      references: [
        { framework: "GDPR", id: "Article 5", label: "Principles, including data minimisation" },
        { framework: "GDPR", id: "Article 6", label: "Lawfulness of processing" },
        { framework: "GDPR", id: "Article 25", label: "Data protection by design and by default" },
        { framework: "NIST AI RMF", id: "MEASURE 2.10", label: "Privacy risk examined and documented" },
      ],
    },
  },
  {
    id: "data.encryption",
    domain: "data",
    title: "AI data encrypted at rest and in transit",
    question:
      "Are prompts, chat history, grounding indexes, vector stores and training files encrypted at rest and in transit, with customer-managed keys where your policy requires them?",
    whyItMatters:
      "AI applications create new stores of concentrated, sensitive data such as embeddings and conversation logs. Encryption limits the damage if storage, backups or network traffic are exposed.",
    severity: "medium",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Confirm in the provider's security documentation and audit reports (SOC 2, ISO/IEC 27001) that stored AI interactions and indexes are encrypted at rest and in transit, and check whether customer-managed keys are offered and whether you need them.",
    remediation:
      "Enable encryption at rest on every store your AI application uses, including vector databases, caches, logs and fine-tuning datasets, and require TLS 1.2 or later on all connections. Use customer-managed keys in a key vault where your classification policy requires them, and restrict and log who can use those keys.",
    sources: {
      seeds: [SAFE, FAQ],
      references: [{ framework: "GDPR", id: "Article 32", label: "Security of processing, including encryption" }],
    },
  },
] satisfies Control[];
