"use client";

import { Alert, Button, ButtonLink, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { confirmEnrolmentAction, startEnrolmentAction } from "./actions";
import { BackupCodesList } from "./backup-codes-list";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";

/**
 * Setting up an authenticator app: start (QR code and key), confirm with the first code, then the
 * backup codes. Kept mounted while the page re-renders after the session is rotated, so the codes stay
 * on screen until the user moves on.
 */
export function TotpEnrolment({
  enabled,
  locked,
  continueHref,
  locale,
}: {
  enabled: boolean;
  locked: boolean;
  continueHref?: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state: started, formAction: start, pending: starting } = useActionForm(startEnrolmentAction);
  const {
    state: confirmed,
    formAction: confirm,
    pending: confirming,
    fieldError: confirmError,
  } = useActionForm(confirmEnrolmentAction);

  if (confirmed?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t(M.enabledTitle)}>
          {t(M.enabled)}
        </Alert>
        <BackupCodesList
          codes={confirmed.data.backupCodes}
          accountLabel={confirmed.data.accountLabel}
          locale={locale}
        />
        {continueHref && (
          <ButtonLink href={continueHref} className="w-full">
            {t(M.savedContinue)}
          </ButtonLink>
        )}
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-gray-700">{t(M.appSetUp)}</p>
        {continueHref && <ButtonLink href={continueHref}>{t(M.continue)}</ButtonLink>}
      </div>
    );
  }

  if (!started?.ok) {
    return (
      <form action={start} className="space-y-4">
        {started && <Alert tone="danger">{started.message}</Alert>}
        <p className="text-sm text-gray-700">{t(M.useAnApp)}</p>
        <Button type="submit" disabled={starting || locked}>
          {starting ? t(M.preparing) : t(M.setUpApp)}
        </Button>
        {locked && <p className="text-sm text-gray-600">{t(M.confirmFirst)}</p>}
      </form>
    );
  }

  const codeError = confirmError("code");
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-gray-700">
        <li>{t(M.stepAdd)}</li>
        <li>{t(M.stepScan)}</li>
        <li>{t(M.stepCode)}</li>
      </ol>
      {/* A data: URL generated on the server; next/image adds nothing for it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={started.data.qrCodeDataUrl}
        alt={t(M.qrAlt)}
        width={192}
        height={192}
        className="rounded-md border border-gray-200"
      />
      <div>
        <p className="text-sm font-medium text-gray-900">{t(M.cannotScan)}</p>
        <code
          data-testid="totp-manual-key"
          className="mt-1 block rounded-md bg-gray-100 px-3 py-2 font-mono text-sm tracking-wider break-all"
        >
          {started.data.manualKey}
        </code>
      </div>
      <form action={confirm} className="space-y-4">
        {confirmed && !confirmed.ok && !codeError && <Alert tone="danger">{confirmed.message}</Alert>}
        <FormField label={t(M.codeFromApp)} id="enrol-code" error={codeError}>
          <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={16} required />
        </FormField>
        <Button type="submit" disabled={confirming}>
          {confirming ? t(M.checking) : t(M.turnOn)}
        </Button>
      </form>
    </div>
  );
}
