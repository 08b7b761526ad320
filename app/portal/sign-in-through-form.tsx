"use client";

import { useEffect, useSyncExternalStore } from "react";
import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { PORTAL_CHOOSER_MESSAGES as M } from "./messages";
import { signInThroughOrganizationAction } from "./sso-actions";

const noSubscription = () => () => {};

/** Sends the user to the organisation's own Microsoft tenant; they come back to its portal. */
export function SignInThroughForm({
  slug,
  organizationName,
  locale,
}: {
  slug: string;
  organizationName: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(signInThroughOrganizationAction);
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
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <Button type="submit" size="sm" disabled={pending || leaving || !hydrated}>
        {pending || leaving ? t(M.opening) : t(M.signInThrough)}
        <span className="sr-only">{t(M.forOrganization(organizationName))}</span>
      </Button>
    </form>
  );
}
