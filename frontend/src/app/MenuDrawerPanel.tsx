import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { NavGroup } from "./MainNav";
import { LinkList } from "./NavLinkList";

/** The phone menu's drawer: every group with its links. Loaded when first opened, so no page waits for it. */
export function MenuDrawerPanel({ groups, onClose }: { groups: NavGroup[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable
      className="fixed inset-0 z-50 bg-black/50"
    >
      <Modal className="fixed inset-y-0 left-0 w-[min(20rem,100vw)] overflow-y-auto bg-white shadow-lg">
        <Dialog aria-labelledby="menu-drawer-title" className="p-4 outline-none">
          <div className="flex items-center justify-between gap-4">
            <Heading slot="title" id="menu-drawer-title" className="text-std-20B-150 text-solid-gray-900">
              {t("nav.menu")}
            </Heading>
            <Button className="btn-secondary" onPress={onClose}>
              {t("nav.close")}
            </Button>
          </div>
          <nav aria-label={t("app.mainNav")} className="mt-4">
            {groups.map((group) => (
              <section key={group.id} aria-labelledby={`drawer-${group.id}`} className="mt-4">
                <h2 id={`drawer-${group.id}`} className="px-4 text-std-16B-170 text-solid-gray-700">
                  {group.label}
                </h2>
                <LinkList links={group.links} onFollow={onClose} />
              </section>
            ))}
          </nav>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
