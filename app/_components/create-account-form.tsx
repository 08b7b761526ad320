"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/http/action";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { INVITATION_MESSAGES as M } from "./messages";

type State = { result: ActionResult<never>; name: string } | null;

/** Creates the account an invitation was sent to: name and password, then straight into the product. */
type CreateAccountAction = (previous: unknown, formData: FormData) => Promise<ActionResult<never>>;

/**
 * For an invited address without an account: name and password, then straight into the portal (a
 * customer invitation's `action`) or the staff console (a staff invitation's).
 */
export function CreateAccountForm({
  token,
  hint,
  action: accept,
  locale,
}: {
  token: string;
  hint: string;
  action: CreateAccountAction;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  // React resets the form after every submission; the name comes back as its default so a refused
  // password does not cost the user what they typed (the password itself is not kept).
  const [state, action, pending] = useActionState<State, FormData>(
    async (_previous, formData) => ({
      result: await accept(null, formData),
      name: String(formData.get("name") ?? ""),
    }),
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  return (
    <form action={action} className="space-y-5" noValidate>
      {failure && <Alert tone="danger">{failure.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <FormField label={t(M.yourName)} id="invite-name" error={failure?.fieldErrors?.name?.[0]}>
        <Input name="name" defaultValue={state?.name ?? ""} autoComplete="name" required maxLength={120} />
      </FormField>
      <FormField
        label={t(M.choosePassword)}
        id="invite-password"
        hint={hint}
        error={failure?.fieldErrors?.password?.[0]}
      >
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t(M.creatingAccount) : t(M.createAccount)}
      </Button>
    </form>
  );
}
