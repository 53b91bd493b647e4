// Inputs and outputs of the scoring engine. Pure types: no I/O anywhere in lib/scoring.
import type { ChecklistVersion, DeploymentType, DomainId, Layer, MaturityLevel, Owner, Reference, Severity } from "@/lib/checklist/schema";

/** One stored answer as the engine sees it. `na` counts only with a justification. */
export type ScoringAnswer = {
  value: MaturityLevel | "na";
  naJustification?: string | null;
};

export type ScoringInput = {
  version: ChecklistVersion;
  deploymentType: DeploymentType;
  /** Keyed by control id; a missing key is an unanswered question. */
  answers: Readonly<Record<string, ScoringAnswer | undefined>>;
};

export const bands = ["at-risk", "developing", "established", "ready"] as const;
export type Band = (typeof bands)[number];

export type Completion = { answered: number; total: number; percent: number };

export type GroupScore<K extends string> = {
  id: K;
  title: string;
  /** 0-100, or null where nothing in the group is the customer's to score. */
  score: number | null;
  answered: number;
  total: number;
  /** Controls in scope for the customer (customer or shared owner). */
  inScope: number;
};

export type Gap = {
  rank: number;
  controlId: string;
  title: string;
  domain: DomainId;
  layer: Layer;
  severity: Severity;
  owner: Exclude<Owner, "provider">;
  /** The answer given, or null when unanswered (scored as 0). */
  value: MaturityLevel | null;
  /** Levels short of the target (3, managed). */
  shortfall: number;
  /** severity weight x shortfall: what the ordering rests on after severity. */
  priority: number;
  remediation: string;
  references: Reference[];
};

export type VerifyItem = {
  controlId: string;
  title: string;
  domain: DomainId;
  severity: Severity;
  verification: string;
  /** verified: the customer answered managed (3) or better. */
  status: "verified" | "partly-verified" | "not-verified" | "not-applicable";
};

export type ApplicabilityStatus = "in-scope" | "shared" | "inherited" | "not-applicable";
export type ApplicabilityRow = {
  controlId: string;
  title: string;
  domain: DomainId;
  layer: Layer;
  owner: Owner;
  status: ApplicabilityStatus;
  reason: string;
};

export type ScoreResult = {
  versionId: string;
  deploymentType: DeploymentType;
  overall: number;
  band: Band;
  completion: Completion;
  domains: GroupScore<DomainId>[];
  layers: GroupScore<Layer>[];
  responsibility: Record<Owner, number>;
  gaps: Gap[];
  verifyWithProvider: VerifyItem[];
  applicability: ApplicabilityRow[];
};
