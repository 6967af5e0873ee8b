import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { FieldTexts, describedBy } from "../../components/FormFields";
import type { ProcedureComboBox } from "./ProcedureComboBox";

export interface ProcedureSearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (procedure: Schema<"ProcedureSummary">) => void;
  /** Shown under the field, e.g. when the resident searched with an empty box. */
  errorMessage?: string;
}

/** Kept once loaded, so that the finder opened again shows the combo box from its first frame. */
let loadedComboBox: typeof ProcedureComboBox | undefined;

/**
 * The finder's search box (手続きを探す). It starts as a plain text field, usable at once (free text is searched as it
 * is), and becomes the combo box with suggestions once that has loaded, after the page's first paint: the combo box
 * is the page's largest script, and on a slow line the page would otherwise wait for it. The change never happens
 * under the resident's fingers: while the plain field has the focus it stays, and changes when left (a new element
 * taking the focus would close and reopen a phone's keyboard).
 */
export function ProcedureSearchField(props: ProcedureSearchFieldProps) {
  const [ComboBox, setComboBox] = useState(() => loadedComboBox);
  const [inUse, setInUse] = useState(false);
  useEffect(() => {
    if (ComboBox) return;
    let mounted = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // the frame after the next one: the page is on the screen by then
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        import("./ProcedureComboBox").then(
          (module) => {
            loadedComboBox = module.ProcedureComboBox;
            if (mounted) setComboBox(() => module.ProcedureComboBox);
          },
          // the plain field stays: without suggestions, the resident's words are still searched
          () => undefined,
        );
      });
    });
    return () => {
      mounted = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ComboBox]);
  if (ComboBox && !inUse) return <ComboBox {...props} />;
  return <PlainSearchField {...props} onFocusChange={setInUse} />;
}

/** The combo box's label, input, hint and error without its suggestions: the same place on the page, the same size. */
function PlainSearchField({
  text,
  onTextChange,
  errorMessage,
  onFocusChange,
}: ProcedureSearchFieldProps & { onFocusChange: (focused: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hint = t("finder.searchHint");
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t("finder.searchLabel")}
      </label>
      <input
        id={id}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
        autoComplete="off"
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(id, hint, errorMessage)}
        className="field-input"
      />
      <FieldTexts id={id} hint={hint} error={errorMessage} />
    </div>
  );
}
