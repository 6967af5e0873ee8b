import { type FormEvent, useState } from "react";
import { Button, FieldError, Form, Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useChangePassword } from "../api/password";
import { ErrorMessage } from "./ErrorMessage";
import { useNotice } from "./PageNotice";

export const MIN_PASSWORD_LENGTH = 12;

/** Current password, new password twice; checked here for length and match, by the server for the rest. */
export function PasswordChangeForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const notice = useNotice();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending || next.length < MIN_PASSWORD_LENGTH || next !== confirm) return;
    notice.dismiss();
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent("");
          setNext("");
          setConfirm("");
          notice.show(t("password.changed"));
          onChanged?.();
        },
      },
    );
  }

  return (
    <>
      {change.isError && <ErrorMessage error={change.error} />}
      <Form onSubmit={handleSubmit} className="mt-6 flex max-w-md flex-col gap-6">
        <TextField
          name="currentPassword"
          type="password"
          value={current}
          onChange={setCurrent}
          isRequired
          autoComplete="current-password"
          className="field"
        >
          <Label className="field-label">{t("password.current")}</Label>
          <Input className="field-input" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          name="newPassword"
          type="password"
          value={next}
          onChange={setNext}
          isRequired
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          validate={(value) => (value.length > 0 && value.length < MIN_PASSWORD_LENGTH ? t("password.tooShort") : null)}
          className="field"
        >
          <Label className="field-label">{t("password.new")}</Label>
          <Input className="field-input" />
          <Text slot="description" className="field-hint">
            {t("password.newHint")}
          </Text>
          <FieldError className="field-error" />
        </TextField>
        <TextField
          name="confirmPassword"
          type="password"
          value={confirm}
          onChange={setConfirm}
          isRequired
          autoComplete="new-password"
          validate={(value) => (value.length > 0 && value !== next ? t("password.mismatch") : null)}
          className="field"
        >
          <Label className="field-label">{t("password.confirm")}</Label>
          <Input className="field-input" />
          <FieldError className="field-error" />
        </TextField>
        <Button type="submit" className="btn-primary self-start">
          {t("password.submit")}
        </Button>
        {change.isPending && (
          <p role="status" className="text-std-16N-170">
            {t("password.submitting")}
          </p>
        )}
      </Form>
    </>
  );
}
