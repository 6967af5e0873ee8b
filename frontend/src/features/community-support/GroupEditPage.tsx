import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { useGroup, useUpdateGroup } from "./api";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { groupDraftOf } from "./drafts";
import { GroupForm } from "./GroupForm";
import type { SavedState } from "./SavedNotice";

function GroupEditor({ group, onReload }: { group: Schema<"CommunityGroup">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateGroup(group.id);
  const back = `/community/groups/${group.id}`;
  if (!group.editable) return <p className="notice">{t("communityGroup.notEditable")}</p>;
  return (
    <>
      {update.isError && (
        <SaveError
          error={update.error}
          onReload={() => {
            update.reset();
            void onReload();
          }}
        />
      )}
      <GroupForm
        // A reload after a conflict starts the form again from what is saved now.
        key={group.version}
        initial={groupDraftOf(group)}
        chooseWard={false}
        mode="edit"
        pending={update.isPending}
        error={update.error}
        onCancel={() => void navigate(back)}
        onSubmit={(input) =>
          update.mutate(
            { input, version: group.version },
            {
              onSuccess: () => {
                const state: SavedState = { saved: "saved" };
                void navigate(back, { state });
              },
            },
          )
        }
      />
    </>
  );
}

/** Edits a group (If-Match on the version read): its ward's staff and administrators. */
export function GroupEditPage() {
  const { t } = useTranslation();
  const { id: groupId, valid } = useIdParam();
  const group = useGroup(groupId, valid);
  const notFound = isNotFound(group, valid);
  const title = notFound
    ? t("communityGroup.notFound")
    : group.data
      ? t("communityGroup.editTitleOf", { name: group.data.name })
      : t("communityGroup.editTitle");
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <CommunityNav />
      {!notFound && group.isPending && <LoadingStatus />}
      {!notFound && group.isError && <ErrorMessage error={group.error} onRetry={() => void group.refetch()} />}
      {group.isSuccess && <GroupEditor group={group.data} onReload={() => group.refetch()} />}
      <BackLink to={valid && !notFound ? `/community/groups/${groupId}` : "/community/groups"}>
        {valid && !notFound ? t("communityGroup.backToGroup") : t("communityGroup.backToList")}
      </BackLink>
    </>
  );
}
