"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Locale } from "@/lib/i18n/locale";
import { subscribeAction } from "./actions";

export type SubscribeFormWords = {
  emailLabel: string;
  emailHint: string;
  honeypotLabel: string;
  subscribeButton: string;
  subscribing: string;
  invalidEmail: string;
};

/** Email and a honeypot field people never see; the answer is announced politely (role="status"). */
export function SubscribeForm({ locale, words }: { locale: Locale; words: SubscribeFormWords }) {
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    subscribeAction,
    null,
  );
  const emailError = state && !state.ok && state.fieldErrors?.email ? words.invalidEmail : undefined;

  // Submitted by hand so a refused address stays in the field to correct (a form action would reset it).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="max-w-md space-y-4"
      aria-label={words.subscribeButton}
    >
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      {state && !state.ok && !emailError && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="locale" value={locale} />
      <FormField label={words.emailLabel} id="subscribe-email" hint={words.emailHint} error={emailError}>
        <Input name="email" type="email" autoComplete="email" required maxLength={320} />
      </FormField>
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="subscribe-website">{words.honeypotLabel}</label>
        <input id="subscribe-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? words.subscribing : words.subscribeButton}
      </Button>
    </form>
  );
}
