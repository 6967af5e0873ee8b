import type { UserEvent } from "@testing-library/user-event";
import type { Schema } from "../../api/schemas";

export const policyBureau = { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" };
export const childrenBureau = { code: "children", nameJa: "こども局", nameEn: "Children's Bureau" };

export const bureaus: Schema<"Bureau">[] = [
  { ...policyBureau, sortOrder: 1, sections: [], version: 0 },
  { ...childrenBureau, sortOrder: 6, sections: [], version: 0 },
];

export const hqAuthor: Schema<"Me"> = {
  username: "hq",
  displayName: "本庁 太郎",
  role: "HQ",
  bureau: policyBureau,
  section: { code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" },
  scopes: [],
  passwordChangeRequired: false,
};

export const hqColleague: Schema<"Me"> = { ...hqAuthor, username: "hq-seisaku", displayName: "政策 承子" };

export const draftProposal: Schema<"Proposal"> = {
  id: 7,
  ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" },
  kind: "PROJECT",
  fiscalYear: 2026,
  title: "白川沿いの通学路の安全対策",
  background: "抜け道として使う車両が多い。",
  content: "路側帯のカラー舗装を提案する。",
  expectedEffect: "事故の危険を減らす。",
  estimatedCostYen: 18000000,
  voiceRefs: ["V-2026-000112"],
  figures: [{ label: "区民の声（通学路の危険）", value: 23, unit: "件" }],
  status: "DRAFT",
  createdBy: "chuo",
  createdAt: "2026-09-01T01:30:00Z",
  updatedAt: "2026-09-01T01:30:00Z",
  answers: [],
  milestones: [],
  timeline: [{ occurredAt: "2026-09-01T01:30:00Z", actor: "chuo", kind: "DRAFTED" }],
  actions: ["EDIT", "SUBMIT", "WITHDRAW"],
  version: 3,
};

export function pendingAnswer(overrides: Partial<Schema<"ProposalAnswer">> = {}): Schema<"ProposalAnswer"> {
  return {
    proposalId: 7,
    bureau: policyBureau,
    publication: "UNANSWERED",
    dueOn: "2026-10-30",
    overdue: false,
    version: 0,
    ...overrides,
  };
}

export const submittedProposal: Schema<"Proposal"> = {
  ...draftProposal,
  status: "SUBMITTED",
  submittedAt: "2026-09-16T02:00:00Z",
  updatedAt: "2026-09-16T02:00:00Z",
  actions: ["ANSWER", "WITHDRAW"],
  version: 4,
  answers: [pendingAnswer()],
  timeline: [
    ...draftProposal.timeline,
    { occurredAt: "2026-09-16T02:00:00Z", actor: "chuo", kind: "SUBMITTED", note: "policy" },
  ],
};

/** Replaces a field's text in one go (pasted rather than typed key by key), which keeps the tests quick. */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}
