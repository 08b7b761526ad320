"use client";

import { Alert, Button, ButtonLink, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { MFA_STEP_MESSAGES as M } from "../messages";
import { mfaChallengeAction } from "./challenge-action";

export type ChallengeMethod = "totp" | "backup_code";

/** The method is chosen by a link (works before the script loads), not by client state. */
export function ChallengeForm({ method, locale }: { method: ChallengeMethod; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(mfaChallengeAction);
  // Success continues elsewhere; a refusal shows the code's problem, else the action's message.
  const error = state && !state.ok ? (fieldError("code") ?? state.message) : null;

  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-5" key={method}>
        {error && <Alert tone="danger">{error}</Alert>}
        <input type="hidden" name="method" value={method} />
        {method === "totp" ? (
          <FormField label={t(M.codeLabel)} id="mfa-code" hint={t(M.codeHint)}>
            <Input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={16}
              required
              autoFocus
            />
          </FormField>
        ) : (
          <FormField label={t(M.backupLabel)} id="mfa-backup-code" hint={t(M.backupHint)}>
            <Input
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={64}
              required
              autoFocus
            />
          </FormField>
        )}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t(M.checking) : t(M.verify)}
        </Button>
      </form>
      <ButtonLink
        href={method === "totp" ? "/mfa?method=backup" : "/mfa"}
        variant="ghost"
        size="sm"
        className="w-full"
      >
        {t(method === "totp" ? M.useBackup : M.useApp)}
      </ButtonLink>
    </div>
  );
}
