"use client";

import { Alert, Button, Dialog } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { disableMfaAction } from "./actions";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";

export function DisableMfa({ locked, locale }: { locked: boolean; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  // Success re-renders the page without this section; only a refusal is shown here.
  const { state, formAction: action, pending } = useActionForm(disableMfaAction);
  return (
    <div className="space-y-3">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      {locked ? (
        <Button variant="danger" disabled>
          {t(M.turnOffTitle)}
        </Button>
      ) : (
        <Dialog
          triggerLabel={t(M.turnOffTitle)}
          triggerVariant="danger"
          title={t(M.turnOffQuestion)}
          closeLabel={t(M.cancel)}
        >
          <form action={action} className="space-y-4">
            <p className="text-sm text-gray-700">{t(M.turnOffExplain)}</p>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t(M.turningOff) : t(M.turnOff)}
            </Button>
          </form>
        </Dialog>
      )}
    </div>
  );
}
