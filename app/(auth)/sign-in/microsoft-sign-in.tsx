"use client";

import { useEffect, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { ssoErrorMessage } from "@/lib/auth/sso/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SIGN_IN_MESSAGES as M } from "../messages";
import { ssoOfferedForAction, startMicrosoftSignInAction } from "./sso-actions";

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/**
 * "Continue with Microsoft" under the sign-in form it wraps. It watches that form's email field: when
 * the domain belongs to an organisation's Microsoft Entra ID connection it says so and makes the
 * Microsoft button the main one; the button starts SSO for the typed email. Also shows why an earlier
 * Microsoft sign-in failed (/sign-in?error=sso_...).
 */
export function MicrosoftSignIn({
  callbackUrl,
  error,
  locale,
  children,
}: {
  callbackUrl: string;
  error?: string;
  locale: Locale;
  children: ReactNode;
}) {
  const t = (text: Text) => localize(text, locale);
  const [email, setEmail] = useState("");
  const [lookup, setLookup] = useState<{ domain: string; offered: boolean } | null>(null);
  const { state, formAction, pending } = useActionForm(startMicrosoftSignInAction);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const domain = EMAIL.exec(email.trim())?.[1]?.toLowerCase() ?? null;
  const offered = domain !== null && lookup?.domain === domain && lookup.offered;
  const failure = ssoErrorMessage(error, locale);
  const leaving = state?.ok === true;

  // The action returns Microsoft's URL and the page goes there (a redirect() from an action that sets a
  // cookie can make Next.js fetch the external page, which the CSP rightly blocks).
  useEffect(() => {
    if (state?.ok) window.location.assign(state.data.authorizeUrl);
  }, [state]);

  useEffect(() => {
    if (!domain) return;
    let current = true;
    const timer = setTimeout(() => {
      ssoOfferedForAction(email.trim()).then(
        (result) => current && setLookup({ domain, offered: result }),
        () => current && setLookup({ domain, offered: false }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [domain, email]);

  function watchEmail(event: FormEvent<HTMLDivElement>) {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.name === "email") setEmail(field.value);
  }

  return (
    <div className="space-y-5">
      {failure && (
        <Alert tone="danger" title={t(M.microsoftFailed)}>
          {failure}
        </Alert>
      )}
      <div onInput={watchEmail}>{children}</div>
      <div className="flex items-center gap-3 text-sm text-gray-600" aria-hidden="true">
        <span className="h-px flex-1 bg-gray-200" />
        {t(M.or)}
        <span className="h-px flex-1 bg-gray-200" />
      </div>
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {offered && <Alert tone="info">{t(M.microsoftOffered(domain))}</Alert>}
        {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
        <Button
          type="submit"
          variant={offered ? "primary" : "secondary"}
          className="w-full"
          disabled={pending || leaving || !hydrated}
        >
          {pending || leaving ? t(M.redirectingToMicrosoft) : t(M.continueWithMicrosoft)}
        </Button>
      </form>
    </div>
  );
}

const noSubscription = () => () => {};
