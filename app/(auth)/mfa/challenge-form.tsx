"use client";

import { Alert, Button, ButtonLink, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { mfaChallengeAction } from "./challenge-action";

export type ChallengeMethod = "totp" | "backup_code";

/** The method is chosen by a link (works before the script loads), not by client state. */
export function ChallengeForm({ method }: { method: ChallengeMethod }) {
  const { state, formAction, pending, fieldError } = useActionForm(mfaChallengeAction);
  // Success continues elsewhere; a refusal shows the code's problem, else the action's message.
  const error = state && !state.ok ? (fieldError("code") ?? state.message) : null;

  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-5" key={method}>
        {error && <Alert tone="danger">{error}</Alert>}
        <input type="hidden" name="method" value={method} />
        {method === "totp" ? (
          <FormField
            label="Authentication code"
            id="mfa-code"
            hint="The 6-digit code your authenticator app shows now."
          >
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
          <FormField
            label="Backup code"
            id="mfa-backup-code"
            hint="One of the codes you saved when you set up two-factor authentication. Each works once."
          >
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
          {pending ? "Checking…" : "Verify"}
        </Button>
      </form>
      <ButtonLink
        href={method === "totp" ? "/mfa?method=backup" : "/mfa"}
        variant="ghost"
        size="sm"
        className="w-full"
      >
        {method === "totp" ? "Use a backup code instead" : "Use your authenticator app instead"}
      </ButtonLink>
    </div>
  );
}
