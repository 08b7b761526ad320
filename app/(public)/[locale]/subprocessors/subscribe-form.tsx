"use client";

import { startTransition, type FormEvent } from "react";
import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
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
  const { state, formAction, pending, fieldError } = useActionForm(subscribeAction);
  // The field error is shown in the page's language (the schema's own message is English).
  const emailError = fieldError("email") ? words.invalidEmail : undefined;

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
      {!emailError && <FormResult state={state} />}
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
