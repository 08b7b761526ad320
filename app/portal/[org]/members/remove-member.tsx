import { ActionButton } from "@/app/_components/action-button";
import { Dialog } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { removeMemberAction } from "./actions";
import { MEMBERS_MESSAGES as M } from "./messages";

/** "Remove" asks first: the member loses access and is signed out everywhere at once. */
export function RemoveMember({
  membershipId,
  memberName,
  organizationName,
  isViewer,
  locale,
}: {
  membershipId: string;
  memberName: string;
  organizationName: string;
  isViewer: boolean;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  return (
    <Dialog
      triggerLabel={t(isViewer ? M.leave : M.remove)}
      triggerVariant="ghost"
      title={t(isViewer ? M.leaveTitle(organizationName) : M.removeTitle(memberName))}
      closeLabel={t(M.cancel)}
    >
      <div className="space-y-4 text-sm text-gray-700">
        <p>
          {t(isViewer ? M.leaveExplain(organizationName) : M.removeExplain(memberName, organizationName))}
        </p>
        <ActionButton
          action={removeMemberAction}
          fields={{ membershipId }}
          label={t(isViewer ? M.leaveButton : M.removeButton(memberName))}
          variant="danger"
        />
      </div>
    </Dialog>
  );
}
