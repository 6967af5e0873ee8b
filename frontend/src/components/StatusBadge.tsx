import type { ReactNode } from "react";
import type { Schema } from "../api/schemas";

/**
 * What a status means at a glance, the same in every workflow: not started, under way, done well, finished, needs
 * attention, stopped. Each tone has a colour AND an icon, and the status is always also said in words, so colour is
 * never the only cue (WCAG 1.4.1); every text colour keeps at least 7:1 against its background.
 */
export type StatusTone = "draft" | "new" | "progress" | "success" | "done" | "caution" | "stopped";

const TONE_CLASSES: Record<StatusTone, string> = {
  draft: "border-dashed border-solid-gray-600 bg-white text-solid-gray-800",
  new: "border-solid-gray-600 bg-white text-solid-gray-900",
  progress: "border-blue-900 bg-blue-50 text-blue-1000",
  success: "border-green-900 bg-green-50 text-green-1100",
  done: "border-solid-gray-800 bg-solid-gray-100 text-solid-gray-900",
  caution: "border-orange-900 bg-orange-50 text-orange-1100",
  stopped: "border-red-900 bg-red-50 text-red-1100",
};

/** 24 × 24 drawings in the text's colour. */
const TONE_ICONS: Record<StatusTone, ReactNode> = {
  // a pencil
  draft: <path d="M5 19l1-4L16 5l3 3L9 18zM14 7l3 3" fill="none" stroke="currentColor" strokeWidth="2.2" />,
  // an open circle
  new: <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />,
  // a half-filled circle
  progress: (
    <>
      <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" />
    </>
  ),
  // a tick
  success: <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3" />,
  // a filled circle with a tick
  done: (
    <>
      <circle cx="12" cy="12" r="9" fill="currentColor" />
      <path d="M7.5 12.5l3 3 6-6" fill="none" stroke="white" strokeWidth="2.5" />
    </>
  ),
  // an exclamation mark in a triangle
  caution: (
    <>
      <path d="M12 3.5L21.5 20h-19z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
      <path d="M12 9.5v5M12 16.5v1.8" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </>
  ),
  // a cross in a circle
  stopped: (
    <>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </>
  ),
};

/** Each workflow's statuses and their tone: the one place that decides how a status looks. */
export const STATUS_TONES = {
  voice: { RECEIVED: "new", TRIAGED: "progress", ASSIGNED: "progress", ANSWERED: "success", CLOSED: "done" },
  publicVoice: { RECEIVED: "new", IN_PROGRESS: "progress", ANSWERED: "success", CLOSED: "done" },
  proposal: {
    DRAFT: "draft",
    SUBMITTED: "progress",
    ANSWERED: "success",
    IN_PROGRESS: "progress",
    DONE: "done",
    WITHDRAWN: "stopped",
  },
  proposalAnswer: { PENDING: "new", ANSWERED: "progress", APPROVED: "success", PUBLISHED: "done" },
  answerPublication: { UNANSWERED: "new", PENDING_PUBLICATION: "progress", PUBLISHED: "done" },
  decision: { ADOPTED: "success", PARTIALLY_ADOPTED: "success", FURTHER_STUDY: "caution", NOT_ADOPTED: "stopped" },
  stance: { AGREE: "success", AGREE_WITH_CONDITIONS: "caution", CONCERNS: "stopped" },
  consultation: { OPEN: "progress", CLOSED: "done" },
  application: {
    DRAFT: "draft",
    SUBMITTED: "progress",
    UNDER_REVIEW: "progress",
    GRANTED: "success",
    DECLINED: "stopped",
    ACTIVITY_REPORTED: "progress",
    SETTLED: "done",
  },
  project: { IDEA: "draft", PLANNING: "new", ACTIVE: "progress", COMPLETED: "done", PAUSED: "caution" },
  milestone: { OPEN: "new", DONE: "done" },
  faq: { DRAFT: "draft", IN_REVIEW: "progress", PUBLISHED: "success" },
  procedure: { ACTIVE: "success", SUSPENDED: "caution", RETIRED: "stopped" },
  ticket: {
    WAITING: "new",
    CALLED: "progress",
    SERVING: "progress",
    DONE: "done",
    NO_SHOW: "caution",
    CANCELLED: "stopped",
    TRANSFERRED: "new",
  },
  account: { ACTIVE: "success", INACTIVE: "stopped", LOCKED: "stopped", MUST_CHANGE_PASSWORD: "caution" },
  client: { ACTIVE: "success", REVOKED: "stopped" },
  office: { OPEN: "success", CLOSED: "done" },
  overdue: { OVERDUE: "stopped" },
} as const satisfies Record<string, Record<string, StatusTone>>;

// The families follow the contract's enums: a status added to the API and not here fails the type check.
type Covers<T extends Record<string, StatusTone>, S extends string> = [S] extends [keyof T]
  ? [keyof T] extends [S]
    ? true
    : never
  : never;
const covered: [
  Covers<typeof STATUS_TONES.voice, Schema<"VoiceState">>,
  Covers<typeof STATUS_TONES.publicVoice, Schema<"PublicState">>,
  Covers<typeof STATUS_TONES.proposal, Schema<"ProposalStatus">>,
  Covers<typeof STATUS_TONES.proposalAnswer, Schema<"ProposalAnswerState">>,
  Covers<typeof STATUS_TONES.answerPublication, Schema<"ProposalAnswerPublication">>,
  Covers<typeof STATUS_TONES.decision, Schema<"ProposalDecision">>,
  Covers<typeof STATUS_TONES.stance, Schema<"ConsultationStance">>,
  Covers<typeof STATUS_TONES.application, Schema<"SupportApplicationStatus">>,
  Covers<typeof STATUS_TONES.project, Schema<"CommunityProjectStatus">>,
  Covers<typeof STATUS_TONES.faq, Schema<"FaqState">>,
  Covers<typeof STATUS_TONES.procedure, Schema<"ProcedureStatus">>,
  Covers<typeof STATUS_TONES.ticket, Schema<"TicketState">>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void covered;

export type StatusFamily = keyof typeof STATUS_TONES;

/** The tone of a status of a family (a status unknown to this version of the SPA looks neutral). */
export function statusTone<F extends StatusFamily>(family: F, status: keyof (typeof STATUS_TONES)[F]): StatusTone {
  const tones: Record<string, StatusTone> = STATUS_TONES[family];
  return tones[String(status)] ?? "new";
}

interface StatusBadgeProps<F extends StatusFamily> {
  family: F;
  status: keyof (typeof STATUS_TONES)[F];
  /** The status in words, in the page's language. */
  children: ReactNode;
  /** "large" where the status is the page's main news (a resident looking up their voice). */
  size?: "small" | "large";
  className?: string;
}

/** A status as a badge: its words, with the colour and icon of its tone. Never wraps inside itself. */
export function StatusBadge<F extends StatusFamily>({
  family,
  status,
  children,
  size = "small",
  className,
}: StatusBadgeProps<F>) {
  const tone = statusTone(family, status);
  const sizing =
    size === "large"
      ? "gap-2 rounded-8 border-2 px-3 py-1 text-std-18B-160"
      : "gap-1 rounded-4 border px-2 py-0.5 text-dns-14B-120";
  return (
    <span
      data-status={String(status)}
      data-tone={tone}
      className={`inline-flex w-max items-center whitespace-nowrap ${sizing} ${TONE_CLASSES[tone]}${
        className ? ` ${className}` : ""
      }`}
    >
      <svg
        viewBox="0 0 24 24"
        className={`${size === "large" ? "size-6" : "size-4"} shrink-0`}
        aria-hidden="true"
        focusable="false"
      >
        {TONE_ICONS[tone]}
      </svg>
      {children}
    </span>
  );
}
