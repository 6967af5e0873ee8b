import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";
import { VOICES_KEY } from "../../api/voices";

export interface ProjectQuery {
  ward?: string;
  status?: Schema<"CommunityProjectStatus">;
  visibility?: Schema<"ProjectVisibility">;
  q?: string;
  mine?: boolean;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export interface MeetingQuery {
  ward?: string;
  from?: string;
  to?: string;
  page: number;
  size: number;
}

export const projectKeys = {
  all: ["community-projects"] as const,
  lists: ["community-projects", "list"] as const,
  list: (query: ProjectQuery) => ["community-projects", "list", query] as const,
  detail: (id: number) => ["community-projects", "detail", id] as const,
  stats: ["community-projects", "stats"] as const,
};

export const meetingKeys = {
  all: ["dialogue-meetings"] as const,
  lists: ["dialogue-meetings", "list"] as const,
  list: (query: MeetingQuery) => ["dialogue-meetings", "list", query] as const,
  detail: (id: number) => ["dialogue-meetings", "detail", id] as const,
};

/** The list's filters as the API takes them (the generated document types the flag `mine` as a string). */
function projectParams(query: Omit<ProjectQuery, "page" | "size">) {
  return {
    ward: query.ward,
    status: query.status,
    visibility: query.visibility,
    q: query.q,
    mine: query.mine ? "true" : undefined,
  };
}

/** Projects the caller may see; without a token, the public ones (the API decides). */
export function useProjects(query: ProjectQuery) {
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: () => {
      const params = { query: { ...projectParams(query), page: query.page, size: query.size } };
      return unwrap(api.GET("/api/v1/community/projects", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number, enabled = true) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/projects/{id}", { params: { path: { id } } })),
  });
}

export function useProjectStats() {
  return useQuery({
    queryKey: projectKeys.stats,
    queryFn: () => unwrap(api.GET("/api/v1/community/projects/stats")),
  });
}

/** The list as CSV, with the same filters; read with the token, so it cannot be a plain link. */
export function fetchProjectsCsv(query: Omit<ProjectQuery, "page" | "size">): Promise<Blob> {
  return unwrap(
    api.GET("/api/v1/community/projects/export.csv", {
      params: { query: projectParams(query) },
      parseAs: "blob",
      headers: { Accept: "text/csv" },
    }),
  );
}

/** Whatever changed a project: keep its page current and let the lists and the counts be read again. */
function useProjectChanged() {
  const queryClient = useQueryClient();
  return (project?: Schema<"CommunityProject">) => {
    if (project) queryClient.setQueryData(projectKeys.detail(project.id), project);
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    void queryClient.invalidateQueries({ queryKey: projectKeys.stats });
  };
}

/** A milestone or an activity comes back on its own: the project (its timeline, its total) is read again. */
function useProjectPartChanged(id: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: projectKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
  };
}

export function useCreateProject() {
  const changed = useProjectChanged();
  return useMutation({
    mutationFn: (input: Schema<"CommunityProjectInput">) =>
      unwrap(api.POST("/api/v1/community/projects", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useUpdateProject(id: number) {
  const changed = useProjectChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"CommunityProjectInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/community/projects/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: changed,
  });
}

export function useMoveProject(id: number) {
  const changed = useProjectChanged();
  return useMutation({
    mutationFn: ({ action, version }: { action: Schema<"CommunityProjectAction">; version: number }) =>
      unwrap(
        api.POST("/api/v1/community/projects/{id}/{action}", {
          params: { path: { id, action: action.toLowerCase() }, header: ifMatch(version) },
        }),
      ),
    onSuccess: changed,
  });
}

export type MilestoneChange =
  | { change: "add"; input: Schema<"CommunityMilestoneInput"> }
  | { change: "update"; milestoneId: number; input: Schema<"CommunityMilestoneInput">; version: number };

export function useMilestoneChange(id: number) {
  const changed = useProjectPartChanged(id);
  return useMutation({
    mutationFn: (request: MilestoneChange) => {
      const call =
        request.change === "add"
          ? api.POST("/api/v1/community/projects/{id}/milestones", { params: { path: { id } }, body: request.input })
          : api.PUT("/api/v1/community/projects/{id}/milestones/{milestoneId}", {
              params: { path: { id, milestoneId: request.milestoneId }, header: ifMatch(request.version) },
              body: request.input,
            });
      return unwrap(call);
    },
    onSuccess: changed,
  });
}

export function useLogActivity(id: number) {
  const changed = useProjectPartChanged(id);
  return useMutation({
    mutationFn: (input: Schema<"CommunityActivityInput">) =>
      unwrap(api.POST("/api/v1/community/projects/{id}/activities", { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

// ---- what a project is linked to, all of its ward ----

/** The ward's community groups, to choose the lead groups from (a ward has few enough for one page). */
export function useWardGroups(ward: string | undefined) {
  return useQuery({
    queryKey: ["community-groups", "of-ward", ward],
    enabled: Boolean(ward),
    queryFn: () => unwrap(api.GET("/api/v1/community/groups", { params: { query: { ward, size: 100 } } })),
  });
}

export function useWardLiaisons(ward: string | undefined) {
  return useQuery({
    queryKey: ["community-liaisons", ward],
    enabled: Boolean(ward),
    queryFn: () => unwrap(api.GET("/api/v1/community/liaisons", { params: { query: { ward } } })),
  });
}

/** The ward's community centres and halls, where a project can be based. */
export function useCommunityFacilities(ward: string | undefined) {
  return useQuery({
    queryKey: ["offices", "community-facilities", ward],
    enabled: Boolean(ward),
    queryFn: async () => {
      const pages = await Promise.all(
        (["COMMUNITY_CENTER", "COMMUNITY_HALL"] as const).map((type) =>
          unwrap(api.GET("/api/v1/offices", { params: { query: { ward, type, size: 100 } } })),
        ),
      );
      return pages.flatMap((page) => page.items);
    },
  });
}

// ---- dialogue meetings ----

export function useMeetings(query: MeetingQuery) {
  return useQuery({
    queryKey: meetingKeys.list(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/community/meetings", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: number, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/meetings/{id}", { params: { path: { id } } })),
  });
}

function useMeetingChanged() {
  const queryClient = useQueryClient();
  return (meeting: Schema<"DialogueMeeting">) => {
    queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: meetingKeys.lists });
  };
}

export function useCreateMeeting() {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (input: Schema<"DialogueMeetingInput">) =>
      unwrap(api.POST("/api/v1/community/meetings", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useUpdateMeeting(id: number) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"DialogueMeetingInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/community/meetings/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: changed,
  });
}

/** An opinion raised at the meeting becomes a residents' voice; the meeting (its list of opinions) is read again. */
export function useRecordOpinion(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"DialogueMeetingOpinion">) =>
      unwrap(
        api.POST("/api/v1/community/meetings/{id}/voices", {
          params: { path: { id }, header: idempotencyKey() },
          body: input,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: meetingKeys.lists });
      void queryClient.invalidateQueries({ queryKey: VOICES_KEY });
    },
  });
}

// ---- liaison areas ----

export interface AreaQuery {
  ward?: string;
  kind?: Schema<"CommunityAreaKind">;
  liaison?: string;
  page: number;
  size: number;
}

export const areaKeys = {
  all: ["community-areas"] as const,
  lists: ["community-areas", "list"] as const,
  list: (query: AreaQuery) => ["community-areas", "list", query] as const,
  detail: (id: number) => ["community-areas", "detail", id] as const,
  mine: ["community-areas", "mine"] as const,
};

export function useAreas(query: AreaQuery, enabled = true) {
  return useQuery({
    queryKey: areaKeys.list(query),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/areas", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useArea(id: number, enabled = true) {
  return useQuery({
    queryKey: areaKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/areas/{id}", { params: { path: { id } } })),
  });
}

/** A liaison officer's own areas with what goes on in each, in one request. */
export function useMyAreas() {
  return useQuery({
    queryKey: areaKeys.mine,
    queryFn: () => unwrap(api.GET("/api/v1/community/areas/mine")),
  });
}

/** An area changed: keep its page current and let the lists and "my areas" be read again. */
function useAreaChanged() {
  const queryClient = useQueryClient();
  return (area: Schema<"CommunityArea">) => {
    queryClient.setQueryData(areaKeys.detail(area.id), area);
    void queryClient.invalidateQueries({ queryKey: areaKeys.lists });
    void queryClient.invalidateQueries({ queryKey: areaKeys.mine });
  };
}

export function useCreateArea() {
  const changed = useAreaChanged();
  return useMutation({
    mutationFn: (input: Schema<"CommunityAreaInput">) =>
      unwrap(api.POST("/api/v1/community/areas", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useUpdateArea(id: number) {
  const changed = useAreaChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"CommunityAreaInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/community/areas/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: changed,
  });
}

/** Who looks after the area from a day on; guarded by the area's version. */
export function useAssignLiaisons(id: number) {
  const changed = useAreaChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"CommunityAreaLiaisonsInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/community/areas/{id}/liaisons", {
          params: { path: { id }, header: ifMatch(version) },
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}
