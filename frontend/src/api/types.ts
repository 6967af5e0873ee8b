import type { components } from "./schema";

type Schemas = components["schemas"];

/**
 * The generated document marks no response property as required, but the API contract guarantees
 * these ones; the UI relies on them being present. The query functions narrow each response to
 * these types (`as Promise<Office>`), which TypeScript allows because each is a narrowing.
 */
export type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

export type LoginRequest = Schemas["LoginRequest"];
export type Role = Schemas["Role"];
export type WardRef = WithRequired<Schemas["WardRef"], "code" | "nameJa" | "nameEn">;
export type BureauRef = WithRequired<Schemas["BureauRef"], "code" | "nameJa" | "nameEn">;
export type SectionRef = WithRequired<Schemas["Section"], "code" | "nameJa" | "nameEn">;
export type Me = Omit<
  WithRequired<Schemas["Me"], "username" | "displayName" | "role">,
  "ward" | "bureau" | "section"
> & {
  ward?: WardRef | null;
  bureau?: BureauRef | null;
  section?: SectionRef | null;
};
export type LoginResponse = Omit<WithRequired<Schemas["LoginResponse"], "accessToken" | "expiresIn">, "user"> & {
  user: Me;
};
export type Ward = WithRequired<Schemas["Ward"], "code" | "nameJa" | "nameKana" | "nameEn">;
export type OfficeType = Schemas["OfficeType"];
export type Office = WithRequired<
  Schemas["Office"],
  "id" | "type" | "wardCode" | "nameJa" | "nameKana" | "nameEn" | "address"
>;
export type OfficePage = Omit<WithRequired<Schemas["OfficePage"], "page" | "size" | "total">, "items"> & {
  items: Office[];
};
export type FieldError = WithRequired<Schemas["FieldError"], "field" | "rule" | "message">;
export type Problem = Omit<WithRequired<Schemas["Problem"], "type" | "title" | "titleEn" | "status">, "errors"> & {
  errors?: FieldError[];
};

/** Anything with a Japanese and an English name (wards, bureaus, sections, offices). */
export interface Named {
  nameJa: string;
  nameEn: string;
}

// ---- counter guide (窓口案内) ----

export type AvailabilityLevel = Schemas["AvailabilityLevel"];
export type PeriodKind = Schemas["PeriodKind"];
export type DayKind = Schemas["DayKind"];
export type ProcedureStatus = Schemas["ProcedureStatus"];
export type FaqAudience = Schemas["FaqAudience"];
export type FaqState = Schemas["FaqState"];
export type FaqAction = Schemas["Action"];
export type ProcedureCategory = WithRequired<Schemas["ProcedureCategory"], "code" | "nameJa" | "nameEn">;
export type ProcedureSummary = WithRequired<
  Schemas["ProcedureSummary"],
  "code" | "nameJa" | "nameKana" | "nameEn" | "categoryCode"
>;
export type ProcedurePage = Omit<WithRequired<Schemas["ProcedurePage"], "page" | "size" | "total">, "items"> & {
  items: ProcedureSummary[];
};
export type Procedure = WithRequired<
  Schemas["Procedure"],
  "code" | "categoryCode" | "nameJa" | "nameKana" | "nameEn" | "description" | "ownerSectionCode" | "status" | "version"
>;
export type ProcedureInput = Schemas["ProcedureInput"];
export type Place = WithRequired<Schemas["Place"], "key" | "kind" | "nameJa" | "nameEn">;
export type TimeSpan = WithRequired<Schemas["TimeSpan"], "opens" | "closes">;
export type DayHours = Omit<WithRequired<Schemas["DayHours"], "date" | "open" | "kind">, "spans"> & {
  spans: TimeSpan[];
};
export type PlaceHours = Omit<WithRequired<Schemas["PlaceHours"], "from" | "to">, "place" | "days"> & {
  place: Place;
  days: DayHours[];
};
export type OpenNow = Omit<WithRequired<Schemas["OpenNow"], "open">, "place" | "today"> & {
  place: Place;
  today: DayHours;
};
export type FinderResult = Omit<WithRequired<Schemas["FinderResult"], "level" | "residentsOnly">, "place" | "hours"> & {
  place: Place;
  hours: DayHours;
};
export type FinderAnswer = Omit<
  WithRequired<Schemas["FinderAnswer"], "date">,
  "procedure" | "results" | "alternatives"
> & {
  procedure: Procedure;
  results: FinderResult[];
  alternatives?: ProcedureSummary[];
};
export type MatrixRow = Omit<Schemas["MatrixRow"], "procedure" | "levels" | "conditional"> & {
  procedure: ProcedureSummary;
  levels: AvailabilityLevel[];
  conditional: number[];
};
export type AvailabilityMatrix = { places: Place[]; rows: MatrixRow[] };
export type OfficeProcedure = Omit<WithRequired<Schemas["OfficeProcedure"], "level" | "residentsOnly">, "procedure"> & {
  procedure: ProcedureSummary;
};
export type OfficeProcedures = { place: Place; items: OfficeProcedure[] };
export type Offer = Omit<WithRequired<Schemas["Offer"], "level" | "residentsOnly">, "place"> & { place: Place };
export type ProcedureAvailability = { procedure: ProcedureSummary; offers: Offer[] };
export type OfferInput = Schemas["OfferInput"];
export type AvailabilityInput = Schemas["AvailabilityInput"];
export type OpeningSpan = Omit<Schemas["OpeningSpan"], "span" | "dayOfWeek"> & {
  dayOfWeek?: number | null;
  span: TimeSpan;
};
export type OpeningPeriod = Omit<WithRequired<Schemas["OpeningPeriod"], "id" | "kind" | "version">, "spans"> & {
  spans: OpeningSpan[];
};
export type OpeningPeriodInput = Schemas["OpeningPeriodInput"];
export type SpanInput = Schemas["SpanInput"];
export type FaqRevision = WithRequired<Schemas["FaqRevision"], "revision" | "questionJa" | "answerJa">;
export type Faq = Omit<
  WithRequired<Schemas["Faq"], "id" | "audience" | "ownerSectionCode" | "version">,
  "published" | "latest" | "actions"
> & {
  published?: FaqRevision | null;
  latest?: FaqRevision | null;
  actions: FaqAction[];
};
export type FaqPage = Omit<WithRequired<Schemas["FaqPage"], "page" | "size" | "total">, "items"> & { items: Faq[] };
export type FaqInput = Schemas["FaqInput"];
export type Bureau = Omit<WithRequired<Schemas["Bureau"], "code" | "nameJa" | "nameEn">, "sections"> & {
  sections: SectionRef[];
};

// ---- notifications (通知) ----

export type Notification = WithRequired<Schemas["Notification"], "id" | "titleJa" | "createdAt">;
export type NotificationPage = Omit<
  WithRequired<Schemas["NotificationPage"], "page" | "size" | "total" | "unread">,
  "items"
> & { items: Notification[] };

// ---- ward proposals (区提案) ----

export type ProposalKind = Schemas["ProposalKind"];
export type ProposalStatus = Schemas["ProposalStatus"];
export type ProposalAction = Schemas["ProposalAction"];
export type ProposalDecision = Schemas["ProposalDecision"];
export type ProposalAnswerPublication = Schemas["ProposalAnswerPublication"];
export type ProposalAnswerState = Schemas["ProposalAnswerState"];
export type ProposalAnswerAction = Schemas["ProposalAnswerAction"];
export type ProposalEventKind = Schemas["ProposalEventKind"];
export type ProposalInput = Schemas["ProposalInput"];
export type ProposalFigureInput = Schemas["ProposalFigureInput"];
export type ProposalSubmitInput = Schemas["ProposalSubmitInput"];
export type ProposalAnswerInput = Schemas["ProposalAnswerInput"];
export type ProposalMilestoneInput = Schemas["ProposalMilestoneInput"];
export type ProposalFigure = WithRequired<Schemas["ProposalFigure"], "label" | "value">;
export type ProposalAnswer = Omit<
  WithRequired<Schemas["ProposalAnswer"], "proposalId" | "publication" | "dueOn" | "overdue" | "version">,
  "bureau"
> & { bureau: BureauRef };
export type ProposalMilestone = WithRequired<
  Schemas["ProposalMilestone"],
  "id" | "proposalId" | "title" | "dueOn" | "done" | "version"
>;
export type ProposalEvent = WithRequired<Schemas["ProposalEvent"], "occurredAt" | "actor" | "kind">;
export type Proposal = Omit<
  WithRequired<
    Schemas["Proposal"],
    "id" | "kind" | "fiscalYear" | "title" | "background" | "content" | "expectedEffect" | "status" | "version"
  >,
  "ward" | "voiceRefs" | "figures" | "answers" | "milestones" | "timeline" | "actions"
> & {
  ward: WardRef;
  voiceRefs: string[];
  figures: ProposalFigure[];
  answers: ProposalAnswer[];
  milestones: ProposalMilestone[];
  timeline: ProposalEvent[];
  actions: ProposalAction[];
};
export type ProposalAddressee = Omit<WithRequired<Schemas["ProposalAddressee"], "publication" | "overdue">, "bureau"> & {
  bureau: BureauRef;
};
export type ProposalSummary = Omit<
  WithRequired<Schemas["ProposalSummary"], "id" | "kind" | "fiscalYear" | "title" | "status" | "overdue" | "version">,
  "ward" | "bureaus"
> & { ward: WardRef; bureaus: ProposalAddressee[] };
export type ProposalPage = Omit<WithRequired<Schemas["ProposalPage"], "page" | "size" | "total">, "items"> & {
  items: ProposalSummary[];
};
export type ProposalDecisionCounts = WithRequired<
  Schemas["ProposalDecisionCounts"],
  "adopted" | "partiallyAdopted" | "furtherStudy" | "notAdopted"
>;
export type ProposalStatsGroup = Omit<
  WithRequired<
    Schemas["ProposalStatsGroup"],
    "key" | "labelJa" | "labelEn" | "proposals" | "reflectedProposals" | "requests" | "reflectedRequests"
  >,
  "decisions"
> & { decisions: ProposalDecisionCounts };
export type ProposalStats = Omit<WithRequired<Schemas["ProposalStats"], "groupBy">, "groups" | "total"> & {
  groups: ProposalStatsGroup[];
  total: ProposalStatsGroup;
};
// ---- prior consultations (事前協議) ----

export type ConsultationStance = Schemas["ConsultationStance"];
export type ConsultationResponse = Omit<
  WithRequired<
    Schemas["ConsultationResponse"],
    "consultationId" | "stance" | "respondedBy" | "respondedAt" | "version"
  >,
  "ward"
> & { ward: WardRef };
export type ConsultationWard = { ward: WardRef; response?: ConsultationResponse | null };
export type ConsultationReport = WithRequired<
  Schemas["ConsultationReport"],
  "id" | "consultationId" | "reportedOn" | "body" | "author" | "createdAt" | "version"
>;
export type Consultation = Omit<
  WithRequired<Schemas["Consultation"], "id" | "title" | "description" | "deadline" | "open" | "createdBy" | "version">,
  "bureau" | "wards" | "reports"
> & { bureau: BureauRef; wards: ConsultationWard[]; reports: ConsultationReport[] };
export type ConsultationSummary = Omit<
  WithRequired<Schemas["ConsultationSummary"], "id" | "title" | "deadline" | "open" | "reports" | "version">,
  "bureau" | "wards"
> & { bureau: BureauRef; wards: { wardCode: string; stance?: ConsultationStance | null }[] };
export type ConsultationPage = Omit<WithRequired<Schemas["ConsultationPage"], "page" | "size" | "total">, "items"> & {
  items: ConsultationSummary[];
};
export type ConsultationInput = Schemas["ConsultationInput"];
export type ConsultationResponseInput = Schemas["ConsultationResponseInput"];
export type ConsultationReportInput = Schemas["ConsultationReportInput"];

// ---- division of duties (事務分担) ----

export type DutySide = Schemas["DutySide"];
export type DutyReason = Schemas["DutyReason"];
export type Duty = Omit<
  WithRequired<
    Schemas["Duty"],
    "id" | "titleJa" | "titleEn" | "description" | "side" | "contactSectionCode" | "version"
  >,
  "reasons"
> & { reasons: DutyReason[] };
export type DutyPage = Omit<WithRequired<Schemas["DutyPage"], "page" | "size" | "total">, "items"> & { items: Duty[] };
export type DutyInput = Schemas["DutyInput"];
export type AuditEntry = WithRequired<Schemas["AuditEntry"], "id" | "occurredAt" | "actor" | "action">;
