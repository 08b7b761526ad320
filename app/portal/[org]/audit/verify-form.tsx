"use client";

import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { verifyOrganizationAuditLogAction } from "./actions";
import { PORTAL_AUDIT_MESSAGES } from "./messages";

const M = PORTAL_AUDIT_MESSAGES.verification;

/** Verifies the log now: the events since the last check, or the whole log from its first event. */
export function VerifyForm({ slug, locale }: { slug: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(verifyOrganizationAuditLogAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t(M.form)}>
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm text-gray-700">{t(M.hint)}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="scope" value="new" variant="secondary" disabled={pending}>
          {pending ? t(M.verifying) : t(M.verifyNew)}
        </Button>
        <Button type="submit" name="scope" value="full" variant="ghost" disabled={pending}>
          {t(M.verifyFull)}
        </Button>
      </div>
      <div aria-live="polite">
        {state &&
          (state.ok ? (
            <Alert tone={state.data.intact ? "success" : "danger"}>{state.data.text}</Alert>
          ) : (
            <Alert tone="danger">{state.message}</Alert>
          ))}
      </div>
    </form>
  );
}
