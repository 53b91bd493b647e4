// Compliance. Mapping AI use to legal duties stays with the customer in every
// deployment model (seed 001: "Customers must map AI usage to applicable
// compliance requirements, such as GDPR, HIPAA, or the EU AI Act").
import type { Control } from "@/lib/checklist/schema";

const SRM = "000_1ac4df2c5bf46281.txt"; // Microsoft: AI shared responsibility model
const FAQ = "001_de1396183eda1dd7.txt"; // Microsoft: AI security FAQ
const SAFE = "002_94c06dbd6dc434e7.txt"; // Microsoft: How to use generative AI safely

export const compControls = [
  {
    id: "comp.regulatory-mapping",
    domain: "comp",
    title: "AI uses mapped to legal and regulatory duties",
    question:
      "Have you identified which laws, regulations and contractual duties apply to each AI use (for example GDPR, HIPAA, the EU AI Act and sector rules), and who is responsible for meeting them?",
    whyItMatters:
      "You remain responsible for compliance whichever deployment model you choose; a compliant provider does not make your use compliant. AI rules are also changing quickly.",
    severity: "high",
    layer: "usage",
    lifecycle: "govern",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Add a compliance section to the AI register listing the obligations that apply to each use and an owner for each. Have legal or compliance review new AI uses before approval, and track upcoming regulatory changes, such as EU AI Act deadlines, on a regular cycle.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "NIST AI RMF", id: "GOVERN 1.1", label: "Legal and regulatory requirements understood and managed" },
      ],
    },
  },
  {
    id: "comp.gdpr-dpia",
    domain: "comp",
    title: "GDPR assessments and notices for AI processing",
    question:
      "Where AI processes personal data, have you carried out a data protection impact assessment where required, updated privacy notices, and checked the rules on automated decisions about people?",
    whyItMatters:
      "AI processing of personal data is often likely to be high risk under GDPR, which makes a DPIA mandatory before it starts. Decisions with legal or similarly significant effects made solely by AI carry extra rights and restrictions.",
    severity: "high",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Screen each AI use for personal data and run a DPIA, with your data protection officer, where the processing is likely to be high risk. Update privacy notices to describe AI processing, and where AI contributes to significant decisions about people, make sure there is meaningful human review and a way to contest the outcome.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "GDPR", id: "Article 35", label: "Data protection impact assessment" },
        { framework: "GDPR", id: "Article 22", label: "Automated individual decision-making" },
        { framework: "GDPR", id: "Article 13", label: "Information to be provided to the data subject" },
        { framework: "NIST AI RMF", id: "MEASURE 2.10", label: "Privacy risk examined and documented" },
      ],
    },
  },
  {
    id: "comp.health-data",
    domain: "comp",
    title: "Health data rules met (HIPAA and special category data)",
    question:
      "If AI tools may handle health information, is each service covered by the agreements you need, such as a HIPAA business associate agreement, and limited to the minimum necessary data?",
    whyItMatters:
      "Health data carries strict legal duties in many jurisdictions, and many AI services, or some of their features, are not covered for it. Using an uncovered service with patient data can itself be a breach.",
    severity: "high",
    layer: "usage",
    lifecycle: "govern",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Identify AI uses that could involve health information and confirm, service by service and feature by feature, that the provider's business associate agreement or equivalent covers them. Block uncovered AI services for teams that handle health data, and under GDPR record the special category condition you rely on.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "NIST AI RMF", id: "GOVERN 1.1", label: "Legal and regulatory requirements understood and managed" },
        { framework: "GDPR", id: "Article 9", label: "Processing of special categories of personal data" },
      ],
    },
  },
  {
    id: "comp.eu-ai-act-classification",
    domain: "comp",
    title: "EU AI Act risk class and role recorded for each use",
    question:
      "Have you classified each AI use under the EU AI Act (prohibited, high-risk, transparency duties only, or minimal risk) and recorded whether you are its provider or deployer?",
    whyItMatters:
      "Your obligations depend on both the risk class and your role: a prohibited use must stop, and a high-risk use brings substantial duties. Building or substantially modifying an AI system can make you a provider, with far heavier obligations.",
    severity: "high",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Screen every entry in the AI register against the Act's prohibited practices and high-risk categories, and record the result, your role and the reasoning. Stop any prohibited use, plan compliance work for high-risk uses, and repeat the screening when a use changes or new guidance is published.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "EU AI Act", id: "Article 5", label: "Prohibited AI practices" },
        { framework: "EU AI Act", id: "Article 6", label: "Classification rules for high-risk AI systems" },
        { framework: "EU AI Act", id: "Article 25", label: "Responsibilities along the AI value chain" },
      ],
    },
  },
  {
    id: "comp.eu-ai-act-deployer-duties",
    domain: "comp",
    title: "EU AI Act duties as a deployer of high-risk AI",
    question:
      "For any high-risk AI system you use, do you follow the provider's instructions for use, assign trained human oversight, monitor its operation, keep its logs and inform affected workers and people?",
    whyItMatters:
      "Deployers of high-risk AI have legal duties of their own, separate from the provider's. Some deployers, such as public bodies and certain banks and insurers, must also complete a fundamental rights impact assessment first.",
    severity: "high",
    layer: "usage",
    lifecycle: "govern",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "For each high-risk system, keep a short compliance file showing how you meet the deployer duties: instructions followed, named overseers, monitoring, log retention of at least six months, notices to workers and affected people, and incident reporting to the provider. Check whether a fundamental rights impact assessment is required and complete it before first use.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "EU AI Act", id: "Article 26", label: "Obligations of deployers of high-risk AI systems" },
        { framework: "EU AI Act", id: "Article 27", label: "Fundamental rights impact assessment" },
      ],
    },
  },
  {
    id: "comp.eu-ai-act-transparency",
    domain: "comp",
    title: "EU AI Act transparency duties met",
    question:
      "Do you tell people when they are dealing with an AI system, and label deepfakes and AI-generated text published to inform the public, as the EU AI Act requires?",
    whyItMatters:
      "Transparency duties apply to many everyday AI uses, not just high-risk ones, such as customer chatbots and AI-generated marketing images. Being open about AI is also basic to keeping the trust of customers and staff.",
    severity: "medium",
    layer: "usage",
    lifecycle: "protect",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Identify uses where people interact with AI, or where you publish AI-generated or manipulated images, audio, video or public-interest text. Add clear disclosures at the point of interaction or publication, keep provenance marks intact, and include these checks in your content approval process.",
    sources: {
      seeds: [FAQ, SAFE],
      references: [
        { framework: "EU AI Act", id: "Article 50", label: "Transparency obligations for providers and deployers of certain AI systems" },
        { framework: "EU AI Act", id: "Article 50(4)", label: "Deployers disclose deepfakes and AI-generated public-interest text" },
      ],
    },
  },
  {
    id: "comp.product-terms-dpa",
    domain: "comp",
    title: "Product terms and data protection addendum reviewed",
    question:
      "Have you reviewed the product terms and data protection addendum for each AI service, confirmed they meet your requirements, and do you check them again when they change?",
    whyItMatters:
      "The contract sets what the provider may do with your data, its security and breach duties, and the acceptable use rules you must follow. Providers update these terms regularly, often to cover new AI features.",
    severity: "high",
    layer: "usage",
    lifecycle: "govern",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Check each AI service's terms for processor role, data use and training, sub-processors, data location, security measures, breach notification, audit rights and acceptable use restrictions. Record gaps and accepted risks, make sure a GDPR-compliant processing agreement is in place, and review the terms at least yearly and whenever new AI features are enabled.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "GDPR", id: "Article 28", label: "Processor" },
        { framework: "ISO/IEC 42001", id: "A.10.2", label: "Allocating responsibilities" },
        { framework: "NIST AI RMF", id: "GOVERN 6.1", label: "Policies address AI risks from third parties" },
      ],
    },
  },
  {
    id: "comp.provider-assurance",
    domain: "comp",
    title: "Provider security and AI assurance evidence reviewed",
    question:
      "Have you obtained and reviewed independent assurance for each AI provider, such as SOC 2 Type 2 reports and ISO/IEC 27001 and ISO/IEC 42001 certificates, and checked that they cover the AI services you use?",
    whyItMatters:
      "For everything the provider runs, independent audits are your main evidence that controls exist and work. Certificates are often scoped to particular services, so a badge on a website may not cover the AI feature you use.",
    severity: "high",
    layer: "usage",
    lifecycle: "identify",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Download the provider's audit reports and certificates from its trust portal and confirm the AI services and regions you use are in scope. Read the exceptions and the complementary customer controls in SOC 2 reports, add them to your shared responsibility map, and repeat the review yearly.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "ISO/IEC 42001", id: "A.10.3", label: "Suppliers" },
        { framework: "NIST AI RMF", id: "MANAGE 3.1", label: "Third-party AI risks regularly monitored" },
        { framework: "GDPR", id: "Article 28", label: "Processor (information to demonstrate compliance)" },
      ],
    },
  },
  {
    id: "comp.records-and-audit",
    domain: "comp",
    title: "Records kept and AI governance audited",
    question:
      "Do you keep records of AI approvals, assessments, decisions and processing activities, and does internal audit periodically check that AI controls work as described?",
    whyItMatters:
      "Regulators, customers and auditors will ask you to prove how AI is governed, not just describe it. Audits also catch controls that exist only on paper.",
    severity: "medium",
    layer: "usage",
    lifecycle: "govern",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Keep impact assessments, approvals, risk decisions, evaluations and incident records in one controlled place linked to the AI register, and add AI processing to your GDPR records of processing. Include AI governance in the internal audit plan at least every two years and track findings to closure.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "ISO/IEC 42001", id: "Clause 9.2", label: "Internal audit" },
        { framework: "ISO/IEC 42001", id: "Clause 7.5", label: "Documented information" },
        { framework: "GDPR", id: "Article 30", label: "Records of processing activities" },
        { framework: "NIST AI RMF", id: "GOVERN 1.5", label: "Ongoing monitoring and periodic review of risk management" },
      ],
    },
  },
  {
    id: "comp.incident-notification",
    domain: "comp",
    title: "Regulatory notification duties for AI incidents known",
    question:
      "Do you know when an AI incident must be reported to regulators, affected people or the AI provider, and within what deadlines?",
    whyItMatters:
      "A personal data breach through an AI assistant can trigger GDPR's 72-hour notification, and serious incidents involving high-risk AI have their own reporting duties. Missing a deadline adds regulatory harm to the incident itself.",
    severity: "medium",
    layer: "usage",
    lifecycle: "respond",
    owner: { saas: "customer", paas: "customer", iaas: "customer" },
    remediation:
      "Add AI-specific triggers to your breach and incident notification procedure, covering GDPR notifications, EU AI Act serious incident reporting and any sector or contractual duties. Record deadlines, decision-makers and provider contacts, and test the procedure during AI incident exercises.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "GDPR", id: "Article 33", label: "Notification of a personal data breach to the supervisory authority" },
        { framework: "GDPR", id: "Article 34", label: "Communication of a personal data breach to the data subject" },
        { framework: "EU AI Act", id: "Article 73", label: "Reporting of serious incidents" },
        { framework: "EU AI Act", id: "Article 26(5)", label: "Deployers inform the provider and authorities of serious incidents" },
      ],
    },
  },
] satisfies Control[];
