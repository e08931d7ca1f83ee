/** Plain-data views of the TTHC facts stored in a BPMN file (see bpmn/tthc-descriptor.ts). */

export type Level = 'bo' | 'tinh' | 'xa';
export type TimeUnit = 'day' | 'hour';
export type Channel = 'inPerson' | 'post' | 'online';
export type OnlineLevel = 'full' | 'partial';
export type VariantStatus = 'current' | 'proposed' | 'approved';
export type FeeKind = 'fee' | 'charge' | 'other';
export type CopyType = 'original' | 'certifiedCopy' | 'copy' | 'electronic';
export type DataSource = 'applicant' | 'database';
export type Platform = 'LGSP' | 'NDXP';
/** How a step's time is drawn in the simulations (triangular from min / likely / max when not stated). */
export type DurationDistribution = 'fixed' | 'triangular' | 'exponential' | 'lognormal';

export interface Fee {
  kind: FeeKind;
  amountVnd: number;
  description?: string;
}
export interface LegalBasis {
  document: string;
  article?: string;
  date?: string;
  title?: string;
}
export interface Form {
  name: string;
  code?: string;
  basis?: string;
}

export interface ProcedureFacts {
  code?: string;
  name?: string;
  field?: string;
  level?: Level;
  agency?: string;
  applicants?: string;
  channels: Channel[];
  timeLimit?: number;
  timeUnit?: TimeUnit;
  timeStartsFrom?: string;
  onlineLevel?: OnlineLevel;
  result?: string;
  dossiersPerYear?: number;
  /** Twelve relative weights (January first, space-separated) for dossiers arriving unevenly through the year. */
  arrivalProfile?: string;
  boundaryFree?: boolean;
  publicationDecision?: string;
  variantName?: string;
  variantStatus?: VariantStatus;
  /** Activity cost method assumptions (analysis/activity-cost.ts): hours to prepare one dossier component. */
  costPrepareHours?: number;
  /** VND for a plain copy of one component. */
  costCopyVnd?: number;
  /** VND for a certified copy of one component. */
  costCertifiedCopyVnd?: number;
  /** Hours of travel and waiting per in-person visit. */
  costVisitHours?: number;
  /** VND of travel per in-person visit. */
  costTravelVnd?: number;
  /** Hours to receive the result. */
  costResultHours?: number;
  /** Hours to supplement a dossier when asked. */
  costSupplementHours?: number;
  fees: Fee[];
  legalBases: LegalBasis[];
  forms: Form[];
}

export interface StepFacts {
  /** The step's number as written in the decision's table ("2", "6"); several rows may share one. */
  number?: string;
  duration?: number;
  durationUnit?: TimeUnit;
  minDuration?: number;
  maxDuration?: number;
  /** The role or unit written on the step itself; see `effectiveRole` for the lane default. */
  role?: string;
  channel?: Channel;
  /** National dossier status code (1–10) the step sets. */
  dossierStatus?: number;
  maySendBack?: boolean;
  inPersonVisit?: boolean;
  applicantHours?: number;
  /** Distribution of the step's time; `duration` is its mean for `exponential` and `lognormal`. */
  distribution?: DurationDistribution;
  description?: string;
  forms: Form[];
  outputs: string[];
}

/** Capacity of a role (a lane): how many officers do its steps and for how many hours of each working day. */
export interface RoleFacts {
  officers?: number;
  hoursPerDay?: number;
}

export interface DossierComponentFacts {
  name?: string;
  copyType?: CopyType;
  quantity?: number;
  source?: DataSource;
  database?: string;
  platform?: Platform;
}

export interface DecisionFacts {
  variable?: string;
  question?: string;
}
export interface OutcomeFacts {
  value?: string;
  share?: number;
  /** Where the share comes from when it is an assumption (`estimate`: the studio's default, model/assumed-shares.ts). */
  shareSource?: string;
}

export type FactsKind = 'procedure' | 'step' | 'dossierComponent' | 'decision' | 'outcome' | 'role';

export interface FactsByKind {
  procedure: ProcedureFacts;
  step: StepFacts;
  dossierComponent: DossierComponentFacts;
  decision: DecisionFacts;
  outcome: OutcomeFacts;
  role: RoleFacts;
}
