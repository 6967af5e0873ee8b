import { type FormEvent, useState } from "react";
import { Button, FieldError, Form, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useLogin } from "./api";
import type { LoginLocationState } from "./navigation";

function returnPath(state: LoginLocationState | null): string {
  const from = state?.from;
  return from && from.startsWith("/") && !from.startsWith("/login") ? from : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t("login.title"));
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as LoginLocationState | null;
  const login = useLogin();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate({ username, password }, { onSuccess: () => void navigate(returnPath(state), { replace: true }) });
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">{t("login.title")}</h1>
      {state?.reason && (
        <p role="status" className="notice">
          {t(state.reason === "expired" ? "login.sessionExpired" : "login.signInRequired")}
        </p>
      )}
      <p className="text-std-16N-170">{t("login.intro")}</p>
      {login.isError && <ErrorMessage error={login.error} />}
      <Form onSubmit={handleSubmit} className="mt-6 flex flex-col gap-6">
        <TextField
          name="username"
          value={username}
          onChange={setUsername}
          isRequired
          autoComplete="username"
          className="field"
        >
          <Label className="field-label">{t("login.username")}</Label>
          <Input className="field-input" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          isRequired
          autoComplete="current-password"
          className="field"
        >
          <Label className="field-label">{t("login.password")}</Label>
          <Input className="field-input" />
          <FieldError className="field-error" />
        </TextField>
        <Button type="submit" className="btn-primary self-start">
          {t("login.submit")}
        </Button>
        {login.isPending && (
          <p role="status" className="text-std-16N-170">
            {t("login.submitting")}
          </p>
        )}
      </Form>
    </div>
  );
}
