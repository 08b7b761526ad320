"use client";

import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { regenerateBackupCodesAction } from "./actions";
import { BackupCodesList } from "./backup-codes-list";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";

export function RegenerateBackupCodes({ locked, locale }: { locked: boolean; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction: action, pending } = useActionForm(regenerateBackupCodesAction);
  if (state?.ok)
    return (
      <BackupCodesList
        codes={state.data.backupCodes}
        accountLabel={state.data.accountLabel}
        locale={locale}
      />
    );
  return (
    <form action={action} className="space-y-3">
      {state && <Alert tone="danger">{state.message}</Alert>}
      <p className="text-sm text-gray-700">{t(M.regenerateExplain)}</p>
      <Button type="submit" variant="secondary" disabled={pending || locked}>
        {pending ? t(M.creating) : t(M.regenerate)}
      </Button>
    </form>
  );
}
