import { ActionButton } from "@/app/_components/action-button";
import { Dialog } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { revokeApiKeyAction } from "./actions";
import { API_KEY_PAGE_MESSAGES as M } from "./messages";

/** "Revoke" asks first: every request with the key is refused at once, for good. */
export function RevokeKey({
  organization,
  keyId,
  name,
  locale,
}: {
  organization: string;
  keyId: string;
  name: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  return (
    <Dialog
      triggerLabel={t(M.revoke)}
      triggerVariant="ghost"
      title={t(M.revokeTitle(name))}
      closeLabel={t(M.cancel)}
    >
      <div className="space-y-4 text-sm text-gray-700">
        <p>{t(M.revokeBody)}</p>
        <ActionButton
          action={revokeApiKeyAction}
          fields={{ slug: organization, keyId }}
          label={t(M.revokeConfirm(name))}
          variant="danger"
        />
      </div>
    </Dialog>
  );
}
