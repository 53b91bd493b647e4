// AI application safety. Application-layer controls: the provider runs them for
// SaaS (shared where it exposes settings you must set), you run them for PaaS
// and IaaS (seed 000, "AI application"; seed 001, "Customer responsibilities").
import type { Control } from "@/lib/checklist/schema";

const SRM = "000_1ac4df2c5bf46281.txt"; // Microsoft: AI shared responsibility model
const FAQ = "001_de1396183eda1dd7.txt"; // Microsoft: AI security FAQ
const SAFE = "002_94c06dbd6dc434e7.txt"; // Microsoft: How to use generative AI safely

export const appControls = [
  {
    id: "app.metaprompt",
    domain: "app",
    title: "System prompt (metaprompt) designed and protected",
    question:
      "Does each AI application have a reviewed system prompt that sets its purpose, limits and safety rules, and keeps secrets and access decisions out of it?",
    whyItMatters:
      "The system prompt steers every answer, but users can often coax a model into revealing it. Anything placed in it, such as keys, internal rules or customer names, should be treated as potentially public.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Read the provider's documentation on how the assistant's instructions and safety rules are set, confirm its terms forbid tampering with the metaprompt, and ask how it tests the metaprompt against extraction and bypass.",
    remediation:
      "Write the system prompt to state the application's scope, what it must refuse, how to treat retrieved content and how to cite sources, and keep it under version control with peer review. Keep credentials, connection details and authorisation logic out of it, enforce permissions in code instead, and test regularly whether it can be extracted or overridden.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM07:2025", label: "System Prompt Leakage" },
        { framework: "OWASP LLM Top 10 2025", id: "LLM01:2025", label: "Prompt Injection" },
        { framework: "MITRE ATLAS", id: "AML.T0056", label: "Extract LLM System Prompt" },
      ],
    },
  },
  {
    id: "app.direct-prompt-injection",
    domain: "app",
    title: "Defences against jailbreaks and direct prompt injection",
    question:
      "Does each AI application detect and block user prompts that try to override its instructions or safety rules (jailbreaks)?",
    whyItMatters:
      "Jailbreak techniques are cheap, widely shared and constantly changing. A jailbroken assistant can produce harmful content in your name or reveal data it was told to protect.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Ask the provider how it detects and blocks jailbreak attempts (for example with Prompt Shields), how often those defences are updated and red-teamed, and whether blocked attempts appear in your audit logs or alerts.",
    remediation:
      "Put a prompt attack classifier (for example Prompt Shields in Azure AI Content Safety) in front of the model and block or flag the prompts it detects. Combine it with a firm system prompt, output filtering and limits on repeated attempts, and add new jailbreak patterns to your regression tests.",
    sources: {
      seeds: [SRM, FAQ, SAFE],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM01:2025", label: "Prompt Injection" },
        { framework: "MITRE ATLAS", id: "AML.T0054", label: "LLM Jailbreak" },
        { framework: "MITRE ATLAS", id: "AML.T0051.000", label: "LLM Prompt Injection: Direct" },
      ],
    },
  },
  {
    id: "app.indirect-prompt-injection",
    domain: "app",
    title: "Defences against indirect prompt injection",
    question:
      "Does each AI application treat content it reads from emails, documents, web pages and tool results as untrusted, so that instructions hidden in that content cannot take control?",
    whyItMatters:
      "An attacker does not need access to your AI: a crafted email or web page that the assistant later reads can tell it to leak data or take actions. It is one of the most serious and least solved risks for assistants connected to business data.",
    severity: "critical",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Ask the provider how it detects instructions hidden in retrieved content (cross-prompt injection), what limits apply to actions the assistant can take after reading external content, and what evidence of testing it can share.",
    remediation:
      "Scan retrieved documents and tool outputs with a prompt injection classifier before they reach the model, and mark them clearly in the prompt as data rather than instructions. Limit what the application can do after processing untrusted content, for example by requiring user confirmation before sending messages or changing records, and test with instructions planted in realistic documents.",
    sources: {
      seeds: [SRM, FAQ, SAFE],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM01:2025", label: "Prompt Injection" },
        { framework: "MITRE ATLAS", id: "AML.T0051.001", label: "LLM Prompt Injection: Indirect" },
        { framework: "MITRE ATLAS", id: "AML.T0068", label: "LLM Prompt Obfuscation" },
      ],
    },
  },
  {
    id: "app.plugin-connector-governance",
    domain: "app",
    title: "Plugins, connectors and agents approved before use",
    question:
      "Are plugins, connectors and agents that extend your AI tools reviewed and approved before they are enabled, and limited to the data and users that need them?",
    whyItMatters:
      "Each plugin or connector gives the AI a new data source or a new ability to act, and may send your data to a third party. Unreviewed extensions are an easy route to data leakage and compromise.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "shared", paas: "customer", iaas: "customer" },
    remediation:
      "Disable user-installed plugins and connectors by default and keep an allow-list approved by security and the data owner. For each one, record the publisher, the data it reaches, its permissions and where data goes, scope it to the groups that need it, and review the list quarterly.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM06:2025", label: "Excessive Agency (excessive functionality)" },
        { framework: "OWASP LLM Top 10 2025", id: "LLM03:2025", label: "Supply Chain" },
        { framework: "MITRE ATLAS", id: "AML.T0053", label: "LLM Plugin Compromise" },
      ],
    },
  },
  {
    id: "app.excessive-agency",
    domain: "app",
    title: "Limits on what AI agents can do without a person",
    question:
      "Are AI agents and assistants that can take actions (send, buy, delete, change records, run code) given the minimum permissions, with a person approving high-impact actions?",
    whyItMatters:
      "The more an AI can do on its own, the more harm a wrong answer or an injected instruction can cause. Excessive permissions and autonomy turn a chat mistake into a real-world incident.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "shared", paas: "customer", iaas: "customer" },
    remediation:
      "List the actions each agent can take and remove those it does not need, using narrowly scoped permissions rather than the broad rights of its owner. Require human confirmation for irreversible, financial or external actions, log every action, and make sure each agent can be switched off quickly.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM06:2025", label: "Excessive Agency" },
        { framework: "MITRE ATLAS", id: "AML.T0053", label: "LLM Plugin Compromise" },
        { framework: "NIST AI RMF", id: "GOVERN 3.2", label: "Roles for human-AI configurations and oversight defined" },
        { framework: "NIST AI RMF", id: "MANAGE 2.4", label: "Mechanisms to supersede, disengage or deactivate AI systems" },
      ],
    },
  },
  {
    id: "app.grounding-data",
    domain: "app",
    title: "Trusted, controlled grounding data",
    question:
      "Do your AI applications ground their answers only on approved, accurate sources, with control over who can add or change that content and citations shown to users?",
    whyItMatters:
      "Answers are only as good as the data the application retrieves. Outdated, wrong or planted documents in a grounding source lead to confident wrong answers, and anyone who can write to the source can steer the AI.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "shared", paas: "customer", iaas: "customer" },
    remediation:
      "Define which sources each application may ground on, who owns them and who may write to them, and remove stale or unvetted content. Show citations with every answer, evaluate groundedness regularly, and watch grounding sources for unexpected changes that could indicate poisoning.",
    sources: {
      seeds: [SRM, FAQ, SAFE],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM08:2025", label: "Vector and Embedding Weaknesses" },
        { framework: "OWASP LLM Top 10 2025", id: "LLM09:2025", label: "Misinformation" },
        { framework: "MITRE ATLAS", id: "AML.T0070", label: "RAG Poisoning" },
      ],
    },
  },
  {
    id: "app.permission-aware-retrieval",
    domain: "app",
    title: "Retrieval respects each user's permissions",
    question:
      "When your AI application searches documents or data on a user's behalf, does it return only content that user is allowed to open?",
    whyItMatters:
      "Search indexes and vector stores often copy data out of its original system and lose its access controls on the way. Without permission checks at query time, any user can get answers drawn from HR files, contracts or other customers' data.",
    severity: "critical",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Confirm in the provider's documentation that the assistant only retrieves content the signed-in user can already open and does not bypass existing access controls, and test this with a few accounts that have different permissions.",
    remediation:
      "Carry source permissions into the index (security trimming on each document) and filter results by the caller's identity at query time, never by instructions in the prompt. Keep separate indexes per customer or tenant where data must never mix, and test with users of different permission levels before go-live.",
    sources: {
      seeds: [FAQ, SRM],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM08:2025", label: "Vector and Embedding Weaknesses" },
        { framework: "OWASP LLM Top 10 2025", id: "LLM02:2025", label: "Sensitive Information Disclosure" },
        { framework: "MITRE ATLAS", id: "AML.T0057", label: "LLM Data Leakage" },
      ],
    },
  },
  {
    id: "app.output-handling",
    domain: "app",
    title: "AI output treated as untrusted",
    question:
      "Do your applications validate and safely encode AI output before it is displayed, stored or passed to other systems, and never run generated code or queries without checks?",
    whyItMatters:
      "Model output can contain scripts, links, commands or queries shaped by an attacker through prompt injection. Passing it straight into a browser, database or shell recreates classic injection vulnerabilities.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Ask the provider how generated content is filtered and sanitised before it is displayed, and check that its security assurance reports cover the AI features you use.",
    remediation:
      "Encode output for the context it is used in (HTML, Markdown, SQL, shell), strip or rewrite links and images that point outside trusted domains, and use parameterised calls rather than building queries from AI text. Run any generated code in a sandbox with no secrets and limited network access.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM05:2025", label: "Improper Output Handling" },
        { framework: "MITRE ATLAS", id: "AML.T0067", label: "LLM Trusted Output Components Manipulation" },
        { framework: "MITRE ATLAS", id: "AML.T0050", label: "Command and Scripting Interpreter" },
      ],
    },
  },
  {
    id: "app.application-safety-system",
    domain: "app",
    title: "Application safety system checks inputs and outputs",
    question:
      "Does each AI application have a safety layer that checks prompts and responses for harmful content (such as hate, violence, self-harm and sexual content) at thresholds chosen for its audience?",
    whyItMatters:
      "An application safety system inspects what goes into and comes out of the model, including content passing through plugins and connectors. Thresholds that suit an internal tool may be wrong for a public chatbot or one used by young people.",
    severity: "high",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Check the provider's documentation for the harm categories its safety system filters, whether thresholds can be adjusted, and how it is tested; review any related admin settings it exposes for your tenant.",
    remediation:
      "Add a content safety service (for example Azure AI Content Safety) to each application and set category thresholds for its audience and use case, screening both prompts and responses. Log blocked items for review, tune thresholds using real traffic, and retest whenever you change the model or system prompt.",
    sources: {
      seeds: [SRM, FAQ],
      references: [
        { framework: "NIST AI RMF", id: "MEASURE 2.6", label: "AI system evaluated regularly for safety risks" },
        { framework: "NIST AI RMF", id: "MANAGE 1.3", label: "Responses to high-priority AI risks planned and documented" },
      ],
    },
  },
  {
    id: "app.content-provenance",
    domain: "app",
    title: "Provenance marks on AI-generated media",
    question:
      "Do AI-generated images, audio and video that you produce carry provenance information, such as Content Credentials or watermarks, and do your publishing tools keep it intact?",
    whyItMatters:
      "Provenance lets people and platforms tell genuine AI-assisted content from fakes and doctored copies. The EU AI Act requires providers of generative AI systems to mark synthetic content in a machine-readable way.",
    severity: "low",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Confirm whether the provider attaches Content Credentials (C2PA) or watermarks to the images, audio and video it generates, and check that your own editing and publishing tools do not strip them.",
    remediation:
      "Use generation services that attach Content Credentials, or add them in your own pipeline when you generate media with your own models. Check that editing and publishing tools keep the metadata, and add a visible AI-generated label where people could be misled.",
    sources: {
      seeds: [FAQ],
      references: [
        { framework: "EU AI Act", id: "Article 50(2)", label: "Machine-readable marking of synthetic content" },
      ],
    },
  },
  {
    id: "app.threat-modelling",
    domain: "app",
    title: "Threat modelling and secure design for AI applications",
    question:
      "Is each AI application threat modelled for AI-specific attacks, such as prompt injection, data leakage, poisoning and misuse, before it is built and whenever it changes significantly?",
    whyItMatters:
      "Traditional threat models miss how language interfaces, retrieval and agents can be abused. Finding these design flaws on paper costs far less than fixing them after release.",
    severity: "high",
    layer: "application",
    lifecycle: "identify",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Ask for evidence that the provider's secure development lifecycle includes AI-specific threat modelling, security review and penetration testing, for example in its SOC 2 report or published security documentation.",
    remediation:
      "Add threats from the OWASP Top 10 for LLM Applications and MITRE ATLAS to your threat modelling template and require a threat model before each AI application is built. Record the mitigations in the design, track them to completion, and update the model when you add data sources, plugins or new actions.",
    sources: {
      seeds: [SAFE, FAQ],
      references: [
        { framework: "NIST AI RMF", id: "MEASURE 2.7", label: "AI system security and resilience evaluated and documented" },
        { framework: "ISO/IEC 42001", id: "A.6.1", label: "Management guidance for AI system development (A.6.1.3 responsible design and development)" },
      ],
    },
  },
  {
    id: "app.resource-limits",
    domain: "app",
    title: "Rate limits, quotas and cost alerts",
    question:
      "Do your AI applications limit how much each user or client can request, and alert you to unusual spikes in usage or cost?",
    whyItMatters:
      "Model calls are expensive, so floods of requests or oversized prompts can run up large bills or take the service down. Limits also slow down attackers probing for jailbreaks or trying to copy the model.",
    severity: "medium",
    layer: "application",
    lifecycle: "protect",
    owner: { saas: "provider", paas: "customer", iaas: "customer" },
    providerVerification:
      "Check the provider's service limits and availability commitments, how it protects the service from abuse and overload, and what usage reporting it gives you.",
    remediation:
      "Set per-user and per-application rate limits, maximum prompt and response sizes and timeouts, and put an API gateway in front of model endpoints. Set budget alerts and quotas on AI resources, and investigate sustained unusual usage as possible abuse or a leaked key.",
    sources: {
      seeds: [SRM],
      references: [
        { framework: "OWASP LLM Top 10 2025", id: "LLM10:2025", label: "Unbounded Consumption" },
        { framework: "MITRE ATLAS", id: "AML.T0029", label: "Denial of AI Service" },
        { framework: "MITRE ATLAS", id: "AML.T0034", label: "Cost Harvesting" },
      ],
    },
  },
] satisfies Control[];
