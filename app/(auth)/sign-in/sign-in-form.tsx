"use client";

import { signIn } from "next-auth/react";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import { signInErrorMessage } from "@/lib/auth/passwords/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SIGN_IN_MESSAGES as M } from "../messages";

export function SignInForm({ callbackUrl, locale }: { callbackUrl: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until the script has loaded, a submit would be a plain form post; keep the button off until then.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error, locale));
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      {error && <Alert tone="danger">{error}</Alert>}
      <FormField label={t(M.email)} id="email">
        <Input name="email" type="email" autoComplete="username" required />
      </FormField>
      <FormField label={t(M.password)} id="password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {pending ? t(M.signingIn) : t(M.signIn)}
      </Button>
    </form>
  );
}

const noSubscription = () => () => {};
