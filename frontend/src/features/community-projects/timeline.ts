import type { Schema } from "../../api/schemas";

export type TimelineEntry =
  | { kind: "activity"; key: string; date: string; activity: Schema<"CommunityProjectActivity"> }
  | { kind: "milestone"; key: string; date: string; milestone: Schema<"CommunityProjectMilestone"> };

/**
 * The activity log and the milestones as one story in date order, oldest first. On the same day what was done comes
 * before the milestone it may have reached; entries of one kind keep the order they were recorded in.
 */
export function projectTimeline(
  activities: Schema<"CommunityProjectActivity">[],
  milestones: Schema<"CommunityProjectMilestone">[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...activities.map((activity) => ({
      kind: "activity" as const,
      key: `activity-${activity.id}`,
      date: activity.heldOn,
      activity,
    })),
    ...milestones.map((milestone) => ({
      kind: "milestone" as const,
      key: `milestone-${milestone.id}`,
      date: milestone.dueOn,
      milestone,
    })),
  ];
  const idOf = (entry: TimelineEntry) => (entry.kind === "activity" ? entry.activity.id : entry.milestone.id);
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? idOf(a) - idOf(b) : a.kind === "activity" ? -1 : 1),
  );
}
