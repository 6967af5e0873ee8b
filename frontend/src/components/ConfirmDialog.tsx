import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** A step that destroys or takes away (deactivate, revoke, reset a password): drawn in the danger style. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a step that cannot be undone. A modal alert dialog: focus moves into it, stays there, Escape cancels,
 * and focus returns to the button that opened it. Focus starts on the step itself, or on やめる when the step is
 * destructive (the safe choice, as the WAI-ARIA alert dialog pattern advises).
 */
export function ConfirmDialog({
  isOpen,
  title,
  body,
  confirmLabel,
  destructive,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  // a modal dialog puts focus inside it on open (WAI-ARIA dialog pattern)
  const confirm = (
    // eslint-disable-next-line jsx-a11y/no-autofocus
    <Button className={destructive ? "btn-danger" : "btn-primary"} onPress={onConfirm} autoFocus={!destructive}>
      {confirmLabel}
    </Button>
  );
  const cancel = (
    // eslint-disable-next-line jsx-a11y/no-autofocus
    <Button className="btn-secondary" onPress={onCancel} autoFocus={destructive}>
      {t("common.cancel")}
    </Button>
  );
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      isDismissable
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4"
    >
      <Modal className="w-full max-w-lg rounded-8 bg-white p-6 shadow-lg">
        <Dialog role="alertdialog" className="outline-none">
          <Heading slot="title" className="mb-4 text-std-20B-150 text-solid-gray-900">
            {title}
          </Heading>
          <p className="text-std-16N-170">{body}</p>
          <div className="mt-6 flex flex-wrap gap-4">
            {destructive ? cancel : confirm}
            {destructive ? confirm : cancel}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
