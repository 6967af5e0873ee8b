import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useProcedure } from "../../api/counter";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { canEditProcedure } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useProcedureAvailability } from "./api";
import { PeriodsEditor } from "./PeriodsEditor";

/**
 * 受付時間の設定: a procedure's own hours at one place where it is offered, narrower than the place's opening hours
 * (the owning section and administrators).
 */
export function ProcedureHoursPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const { code = "", placeKey = "" } = useParams();
  const procedure = useProcedure(code);
  const availability = useProcedureAvailability(code);
  const offer = availability.data?.offers.find((candidate) => candidate.place.key === placeKey);
  const notFound = procedure.isError || (availability.isSuccess && !offer);
  const title =
    procedure.data && offer
      ? t("hoursEditor.offerTitle", { procedure: localName(procedure.data), place: localName(offer.place) })
      : notFound
        ? t("hoursEditor.offerNotFound")
        : t("nav.staffProcedures");
  usePageTitle(title);
  const back = (
    <p className="mt-10">
      <Link to={`/staff/procedures/${encodeURIComponent(code)}`} className="link">
        {t("hoursEditor.offerBack")}
      </Link>
    </p>
  );
  if (!procedure.data || !offer) {
    return (
      <>
        <h1 className="page-title">{title}</h1>
        {!notFound && (procedure.isPending || availability.isPending) && <LoadingStatus />}
        {availability.isError && (
          <ErrorMessage error={availability.error} onRetry={() => void availability.refetch()} />
        )}
        {back}
      </>
    );
  }
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("hoursEditor.offerIntro")}</p>
      <PeriodsEditor
        owner={{ kind: "offer", code, placeKey }}
        allowed={canEditProcedure(session?.user, procedure.data.ownerSectionCode)}
        notAllowed={t("hoursEditor.offerNotAllowed")}
      />
      {back}
    </>
  );
}
