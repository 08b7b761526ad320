"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { ReauthMethods } from "@/lib/auth/sessions/reauth";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";
import { reauthenticateAction } from "./reauth-action";

/** Asks for the password (or an authenticator code) again; on success the page re-renders. */
export function ReauthForm({ methods, locale }: { methods: ReauthMethods; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction: action, pending } = useActionForm(reauthenticateAction);
  if (!methods.password && !methods.code) {
    return <p className="text-sm text-gray-700">{t(M.signInAgain)}</p>;
  }
  return (
    <form action={action} className="space-y-4">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      {methods.password && (
        <FormField label={t(M.yourPassword)} id="reauth-password">
          <Input name="password" type="password" autoComplete="current-password" />
        </FormField>
      )}
      {methods.code && (
        <FormField label={t(methods.password ? M.orCode : M.code)} id="reauth-code">
          <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={16} />
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t(M.checking) : t(M.confirm)}
      </Button>
    </form>
  );
}
