"use client";

import { Alert, Button, ButtonLink, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { confirmEnrolmentAction, startEnrolmentAction } from "./actions";
import { BackupCodesList } from "./backup-codes-list";

/**
 * Setting up an authenticator app: start (QR code and key), confirm with the first code, then the
 * backup codes. Kept mounted while the page re-renders after the session is rotated, so the codes stay
 * on screen until the user moves on.
 */
export function TotpEnrolment({
  enabled,
  locked,
  continueHref,
}: {
  enabled: boolean;
  locked: boolean;
  continueHref?: string;
}) {
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
        <Alert tone="success" title="Two-factor authentication is on">
          From now on you will be asked for a code from your app when you sign in.
        </Alert>
        <BackupCodesList codes={confirmed.data.backupCodes} accountLabel={confirmed.data.accountLabel} />
        {continueHref && (
          <ButtonLink href={continueHref} className="w-full">
            I have saved my codes, continue
          </ButtonLink>
        )}
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-gray-700">Your authenticator app is set up.</p>
        {continueHref && <ButtonLink href={continueHref}>Continue</ButtonLink>}
      </div>
    );
  }

  if (!started?.ok) {
    return (
      <form action={start} className="space-y-4">
        {started && <Alert tone="danger">{started.message}</Alert>}
        <p className="text-sm text-gray-700">
          Use an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or
          1Password). It shows a new 6-digit code every 30 seconds, which you enter when you sign in.
        </p>
        <Button type="submit" disabled={starting || locked}>
          {starting ? "Preparing…" : "Set up authenticator app"}
        </Button>
        {locked && <p className="text-sm text-gray-600">Confirm it is you first (above).</p>}
      </form>
    );
  }

  const codeError = confirmError("code");
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-gray-700">
        <li>Open your authenticator app and add an account.</li>
        <li>Scan the QR code, or type in the key below.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {/* A data: URL generated on the server; next/image adds nothing for it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={started.data.qrCodeDataUrl}
        alt="QR code to scan with your authenticator app"
        width={192}
        height={192}
        className="rounded-md border border-gray-200"
      />
      <div>
        <p className="text-sm font-medium text-gray-900">Can&apos;t scan? Enter this key:</p>
        <code
          data-testid="totp-manual-key"
          className="mt-1 block rounded-md bg-gray-100 px-3 py-2 font-mono text-sm tracking-wider break-all"
        >
          {started.data.manualKey}
        </code>
      </div>
      <form action={confirm} className="space-y-4">
        {confirmed && !confirmed.ok && !codeError && <Alert tone="danger">{confirmed.message}</Alert>}
        <FormField label="Code from your app" id="enrol-code" error={codeError}>
          <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={16} required />
        </FormField>
        <Button type="submit" disabled={confirming}>
          {confirming ? "Checking…" : "Turn on two-factor authentication"}
        </Button>
      </form>
    </div>
  );
}
