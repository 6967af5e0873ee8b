import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf, wholeList } from "../../api/fieldErrors";
import { useAllOffices } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { CheckboxGroup, SelectField, TextInputField } from "../../components/FormFields";
import { PagedResults } from "../../components/PagedResults";
import { SaveError } from "../../components/SaveError";
import { ErrorMessage } from "../../components/ErrorMessage";
import {
  usePartnerClients,
  useRegisterPartnerClient,
  useRevokePartnerClient,
  useRotatePartnerClientSecret,
} from "./api";
import { CLIENT_SCOPES, type ClientDraft, emptyClientDraft, isKiosk, toClientInput, toggleScope } from "./clientDraft";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ShownOnce } from "./ShownOnce";
import { useNotice } from "../../components/PageNotice";
import { StatusBadge } from "../../components/StatusBadge";
import { useDateFormats } from "../../lib/dates";

const PAGE_SIZE = 20;

const SCOPE_LABEL_KEYS = {
  "catalogue:read": "admin.clients.scope.catalogueRead",
  "voices:write": "admin.clients.scope.voicesWrite",
  "queue:issue": "admin.clients.scope.queueIssue",
} as const;

/** A secret the server has just made, for the client it belongs to. */
interface FreshSecret {
  clientId: string;
  secret: string;
}

function RegisterForm({ onRegistered }: { onRegistered: (fresh: FreshSecret) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const offices = useAllOffices();
  const register = useRegisterPartnerClient();
  const [draft, setDraft] = useState<ClientDraft>(emptyClientDraft());
  const errors = fieldErrorsOf(register.error, wholeList);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    register.mutate(toClientInput(draft), {
      onSuccess: (created) => {
        setDraft(emptyClientDraft());
        if (created.clientSecret) onRegistered({ clientId: created.clientId, secret: created.clientSecret });
      },
    });
  }

  return (
    <section aria-labelledby="client-register" className="mt-8">
      <h2 id="client-register" className="section-title">
        {t("admin.clients.registerTitle")}
      </h2>
      {register.isError && <ErrorMessage error={register.error} />}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
        <TextInputField
          name="clientId"
          label={t("admin.clients.clientId")}
          value={draft.clientId}
          onChange={(clientId) => setDraft((current) => ({ ...current, clientId }))}
          hint={t("admin.clients.clientIdHint")}
          isRequired
          pattern="[a-z0-9][a-z0-9\-]{2,49}"
          maxLength={50}
          autoComplete="off"
          lang="en"
        />
        <TextInputField
          name="name"
          label={t("admin.clients.name")}
          value={draft.name}
          onChange={(name) => setDraft((current) => ({ ...current, name }))}
          isRequired
          maxLength={200}
          autoComplete="off"
        />
        <CheckboxGroup
          id="client-scopes"
          legend={t("admin.clients.scopes")}
          hint={t("admin.clients.scopesHint")}
          error={errors.scopes}
          loading={false}
          loadingText=""
          failure={undefined}
          empty=""
          options={CLIENT_SCOPES.map((scope) => ({
            value: scope,
            label: t(SCOPE_LABEL_KEYS[scope]),
            checked: draft.scopes.includes(scope),
            onChange: (checked) => setDraft((current) => toggleScope(current, scope, checked)),
          }))}
        />
        {isKiosk(draft.scopes) && (
          <SelectField
            id="client-office"
            label={t("admin.clients.office")}
            hint={t("admin.clients.officeHint")}
            required
            error={errors.officeId}
            value={draft.officeId}
            onChange={(officeId) => setDraft((current) => ({ ...current, officeId }))}
          >
            <option value="">{t("admin.staff.choose")}</option>
            {offices.data?.map((office) => (
              <option key={office.id} value={String(office.id)}>
                {localName(office)}
              </option>
            ))}
          </SelectField>
        )}
        <div>
          <button type="submit" className="btn-primary" aria-disabled={register.isPending}>
            {t("admin.clients.register")}
          </button>
        </div>
      </Form>
    </section>
  );
}

type Asking = { step: "rotate" | "revoke"; client: Schema<"PartnerClient"> } | undefined;

function ClientList({ onRotated }: { onRotated: (fresh: FreshSecret) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const offices = useAllOffices();
  const [page, setPage] = useState(1);
  const clients = usePartnerClients(page - 1, PAGE_SIZE);
  const rotate = useRotatePartnerClientSecret();
  const revoke = useRevokePartnerClient();
  const [asking, setAsking] = useState<Asking>();
  const notice = useNotice();
  const formats = useDateFormats();
  const officeName = (id: number | null | undefined) => {
    const office = offices.data?.find((candidate) => candidate.id === id);
    return office ? localName(office) : id ? String(id) : "";
  };
  const failure = rotate.error ?? revoke.error;

  function confirm() {
    if (!asking) return;
    const { step, client } = asking;
    setAsking(undefined);
    notice.dismiss();
    if (step === "rotate") {
      rotate.mutate(
        { clientId: client.clientId, version: client.version },
        {
          onSuccess: (answer) => {
            if (answer.clientSecret) onRotated({ clientId: answer.clientId, secret: answer.clientSecret });
          },
        },
      );
    } else {
      revoke.mutate(
        { clientId: client.clientId, version: client.version },
        { onSuccess: (answer) => notice.show(t("admin.clients.revokedNotice", { clientId: answer.clientId })) },
      );
    }
  }

  return (
    <section aria-labelledby="client-list" className="mt-10">
      <h2 id="client-list" className="section-title">
        {t("admin.clients.listTitle")}
      </h2>
      {failure && (
        <SaveError
          error={failure}
          onReload={() => {
            rotate.reset();
            revoke.reset();
            void clients.refetch();
          }}
        />
      )}
      <PagedResults
        query={clients}
        page={page}
        onPage={setPage}
        empty={t("admin.clients.empty")}
        total={(count) => t("admin.total", { count })}
      >
        {(items) => (
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("admin.clients.listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.clients.clientId")}</th>
                  <th scope="col">{t("admin.clients.name")}</th>
                  <th scope="col">{t("admin.clients.scopes")}</th>
                  <th scope="col">{t("admin.clients.office")}</th>
                  <th scope="col">{t("admin.clients.registeredAt")}</th>
                  <th scope="col">{t("admin.staff.state")}</th>
                  <th scope="col">{t("admin.clients.operations")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((client) => (
                  <tr key={client.clientId}>
                    <th scope="row" lang="en">
                      {client.clientId}
                    </th>
                    <td>{client.name}</td>
                    <td lang="en">{client.scopes.join(" ")}</td>
                    <td>{officeName(client.officeId)}</td>
                    <td>
                      {client.createdAt && (
                        <time dateTime={client.createdAt}>{formats.instantDate(client.createdAt)}</time>
                      )}
                    </td>
                    <td>
                      <StatusBadge family="client" status={client.active ? "ACTIVE" : "REVOKED"}>
                        {client.active ? t("admin.staff.active") : t("admin.clients.revoked")}
                      </StatusBadge>
                    </td>
                    <td>
                      {client.active && (
                        <div className="flex flex-wrap gap-2">
                          <button
                            type="button"
                            className="btn-secondary"
                            aria-label={t("admin.clients.rotateFor", { clientId: client.clientId })}
                            onClick={() => setAsking({ step: "rotate", client })}
                          >
                            {t("admin.clients.rotate")}
                          </button>
                          <button
                            type="button"
                            className="btn-danger-secondary"
                            aria-label={t("admin.clients.revokeFor", { clientId: client.clientId })}
                            onClick={() => setAsking({ step: "revoke", client })}
                          >
                            {t("admin.clients.revoke")}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
      <ConfirmDialog
        destructive
        isOpen={asking?.step === "rotate"}
        title={t("admin.clients.confirmRotateTitle", { clientId: asking?.client.clientId })}
        body={t("admin.clients.confirmRotateBody")}
        confirmLabel={t("admin.clients.rotate")}
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      />
      <ConfirmDialog
        destructive
        isOpen={asking?.step === "revoke"}
        title={t("admin.clients.confirmRevokeTitle", { clientId: asking?.client.clientId })}
        body={t("admin.clients.confirmRevokeBody")}
        confirmLabel={t("admin.clients.revoke")}
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      />
    </section>
  );
}

/** 連携システム・端末: partner systems and counter devices, their scopes, secrets shown once, rotation and revocation. */
export function PartnerClientsPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.clients.title"));
  const [fresh, setFresh] = useState<FreshSecret>();
  return (
    <>
      <h1 className="page-title">{t("admin.clients.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.clients.lead")}</p>
      {fresh && (
        <ShownOnce
          key={fresh.secret}
          id="client-secret"
          title={t("admin.clients.secretTitle", { clientId: fresh.clientId })}
          intro={t("admin.clients.secretIntro")}
          label={t("admin.clients.secret")}
          value={fresh.secret}
          onDone={() => setFresh(undefined)}
        />
      )}
      <RegisterForm onRegistered={setFresh} />
      <ClientList onRotated={setFresh} />
    </>
  );
}
