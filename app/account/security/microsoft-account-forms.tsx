"use client";

import { useEffect, useSyncExternalStore } from "react";
import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { connectMicrosoftAccountAction, disconnectMicrosoftAccountAction } from "./microsoft-actions";

type Props = { slug: string; organizationName: string; locked: boolean };

const noSubscription = () => () => {};

/**
 * Sends the user to Microsoft to prove the account; they come back to this page. The page opens the URL
 * the action returns, so the button waits for hydration (a plain form post could not follow it).
 */
export function ConnectMicrosoftAccount({ slug, organizationName, locked }: Props) {
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
        {pending || leaving ? "Opening Microsoft…" : "Connect your Microsoft account"}
        <span className="sr-only"> for {organizationName}</span>
      </Button>
      {locked && <p className="text-sm text-gray-600">Confirm it is you first (above).</p>}
    </form>
  );
}

export function DisconnectMicrosoftAccount({ slug, organizationName, locked }: Props) {
  const { state, formAction: action, pending } = useActionForm(disconnectMicrosoftAccountAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <Button type="submit" variant="secondary" size="sm" disabled={pending || locked}>
        {pending ? "Disconnecting…" : "Disconnect"}
        <span className="sr-only"> your Microsoft account for {organizationName}</span>
      </Button>
    </form>
  );
}
