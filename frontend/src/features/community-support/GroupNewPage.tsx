import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { SaveError } from "../../components/SaveError";
import { useSession } from "../../lib/auth/session";
import { useCreateGroup } from "./api";
import { CommunityNav } from "./CommunityNav";
import { emptyGroupDraft } from "./drafts";
import { GroupForm } from "./GroupForm";
import type { SavedState } from "./SavedNotice";

/** Registers a group: ward staff for their own ward, administrators for any ward. */
export function GroupNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("communityGroup.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateGroup();
  const isAdmin = session?.user.role === "ADMIN";
  return (
    <>
      <h1 className="page-title">{t("communityGroup.newTitle")}</h1>
      <CommunityNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("communityGroup.newIntro")}</p>
      {create.isError && <SaveError error={create.error} onReload={() => create.reset()} />}
      <GroupForm
        initial={emptyGroupDraft(isAdmin ? "" : (session?.user.ward?.code ?? ""))}
        chooseWard={isAdmin}
        mode="create"
        pending={create.isPending}
        error={create.error}
        onCancel={() => void navigate("/community/groups")}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (group) => {
              const state: SavedState = { saved: "created" };
              void navigate(`/community/groups/${group.id}`, { state });
            },
          })
        }
      />
    </>
  );
}
