import type { components } from "./schema";

type Schemas = components["schemas"];

/*
 * The generated types now mark every response property the API always sends as required, and every
 * one it may leave out as optional and nullable, so the names below alias the generated schemas. They
 * remain only as the names used across the app, and will be removed in a later cleanup.
 */

/** Marks properties of `T` as present. No longer needed by the aliases below; goes with the same cleanup. */
export type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

export type LoginRequest = Schemas["LoginRequest"];
export type Role = Schemas["Role"];
export type WardRef = Schemas["WardRef"];
export type BureauRef = Schemas["BureauRef"];
export type SectionRef = Schemas["Section"];
export type Me = Schemas["Me"];
export type LoginResponse = Schemas["LoginResponse"];
export type Ward = Schemas["Ward"];
export type OfficeType = Schemas["OfficeType"];
export type Office = Schemas["Office"];
export type OfficePage = Schemas["OfficePage"];
export type FieldError = Schemas["FieldError"];
export type Problem = Schemas["Problem"];

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
export type ProcedureCategory = Schemas["ProcedureCategory"];
export type ProcedureSummary = Schemas["ProcedureSummary"];
export type ProcedurePage = Schemas["ProcedurePage"];
export type Procedure = Schemas["Procedure"];
export type ProcedureInput = Schemas["ProcedureInput"];
export type Place = Schemas["Place"];
export type TimeSpan = Schemas["TimeSpan"];
export type DayHours = Schemas["DayHours"];
export type PlaceHours = Schemas["PlaceHours"];
export type OpenNow = Schemas["OpenNow"];
export type FinderResult = Schemas["FinderResult"];
export type FinderAnswer = Schemas["FinderAnswer"];
export type MatrixRow = Schemas["MatrixRow"];
export type AvailabilityMatrix = Schemas["AvailabilityMatrix"];
export type OfficeProcedure = Schemas["OfficeProcedure"];
export type OfficeProcedures = Schemas["OfficeProcedures"];
export type Offer = Schemas["Offer"];
export type ProcedureAvailability = Schemas["ProcedureAvailability"];
export type OfferInput = Schemas["OfferInput"];
export type AvailabilityInput = Schemas["AvailabilityInput"];
export type OpeningSpan = Schemas["OpeningSpan"];
export type OpeningPeriod = Schemas["OpeningPeriod"];
export type OpeningPeriodInput = Schemas["OpeningPeriodInput"];
export type SpanInput = Schemas["SpanInput"];
export type FaqRevision = Schemas["FaqRevision"];
export type Faq = Schemas["Faq"];
export type FaqPage = Schemas["FaqPage"];
export type FaqInput = Schemas["FaqInput"];
export type Bureau = Schemas["Bureau"];

// ---- notifications (通知) ----

export type Notification = Schemas["Notification"];
export type NotificationPage = Schemas["NotificationPage"];

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
export type ProposalFigure = Schemas["ProposalFigure"];
export type ProposalAnswer = Schemas["ProposalAnswer"];
export type ProposalMilestone = Schemas["ProposalMilestone"];
export type ProposalEvent = Schemas["ProposalEvent"];
export type Proposal = Schemas["Proposal"];
export type ProposalAddressee = Schemas["ProposalAddressee"];
export type ProposalSummary = Schemas["ProposalSummary"];
export type ProposalPage = Schemas["ProposalPage"];
export type ProposalDecisionCounts = Schemas["ProposalDecisionCounts"];
export type ProposalStatsGroup = Schemas["ProposalStatsGroup"];
export type ProposalStats = Schemas["ProposalStats"];
// ---- prior consultations (事前協議) ----

export type ConsultationStance = Schemas["ConsultationStance"];
export type ConsultationResponse = Schemas["ConsultationResponse"];
export type ConsultationWard = Schemas["ConsultationWard"];
export type ConsultationReport = Schemas["ConsultationReport"];
export type Consultation = Schemas["Consultation"];
export type ConsultationSummary = Schemas["ConsultationSummary"];
export type ConsultationPage = Schemas["ConsultationPage"];
export type ConsultationInput = Schemas["ConsultationInput"];
export type ConsultationResponseInput = Schemas["ConsultationResponseInput"];
export type ConsultationReportInput = Schemas["ConsultationReportInput"];

// ---- division of duties (事務分担) ----

export type DutySide = Schemas["DutySide"];
export type DutyReason = Schemas["DutyReason"];
export type Duty = Schemas["Duty"];
export type DutyPage = Schemas["DutyPage"];
export type DutyInput = Schemas["DutyInput"];
export type AuditEntry = Schemas["AuditEntry"];
