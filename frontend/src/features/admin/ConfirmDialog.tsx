import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a destructive step (deactivating an account, resetting its password, revoking a client). A modal alert
 * dialog: focus moves into it on the cancel button (the safe choice), stays there, Escape cancels, and focus returns
 * to the button that opened it. The step itself is drawn in the danger style.
 */
export function ConfirmDialog({ isOpen, title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
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
            {/* a destructive dialog puts focus on the safe action (WAI-ARIA alert dialog pattern) */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <Button className="btn-secondary" onPress={onCancel} autoFocus>
              {t("admin.cancel")}
            </Button>
            <Button className="btn-danger" onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
