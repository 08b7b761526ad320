"use client";

import { useEffect, useSyncExternalStore } from "react";
import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";
import { connectMicrosoftAccountAction, disconnectMicrosoftAccountAction } from "./microsoft-actions";

type Props = { slug: string; organizationName: string; locked: boolean; locale: Locale };

const noSubscription = () => () => {};

/**
 * Sends the user to Microsoft to prove the account; they come back to this page. The page opens the URL
 * the action returns, so the button waits for hydration (a plain form post could not follow it).
 */
export function ConnectMicrosoftAccount({ slug, organizationName, locked, locale }: Props) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction: action, pending } = useActionForm(connectMicrosoftAccountAction);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const leaving = state?.ok === true;
  useEffect(() => {
    if (state?.ok) window.location.assign(state.data.authorizeUrl);
  }, [state]);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <Button type="submit" disabled={pending || leaving || locked || !hydrated}>
        {pending || leaving ? t(M.openingMicrosoft) : t(M.connect)}
        <span className="sr-only">{t(M.forOrganization(organizationName))}</span>
      </Button>
      {locked && <p className="text-sm text-gray-600">{t(M.confirmFirst)}</p>}
    </form>
  );
}

export function DisconnectMicrosoftAccount({ slug, organizationName, locked, locale }: Props) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction: action, pending } = useActionForm(disconnectMicrosoftAccountAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <Button type="submit" variant="secondary" size="sm" disabled={pending || locked}>
        {pending ? t(M.disconnecting) : t(M.disconnect)}
        <span className="sr-only">{t(M.disconnectFor(organizationName))}</span>
      </Button>
    </form>
  );
}
