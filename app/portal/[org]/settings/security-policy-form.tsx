"use client";

import Link from "next/link";
import { Alert, Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import type { SecurityPolicy } from "@/lib/organizations/security-policy";
import { updateSecurityPolicyAction } from "./actions";
import { SETTINGS_MESSAGES as M } from "./messages";

export function SecurityPolicyForm({
  slug,
  policy,
  currentIp,
  locale,
}: {
  slug: string;
  policy: SecurityPolicy;
  currentIp: string | null;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(updateSecurityPolicyAction);
  // Owners change the access restrictions; admins see them read-only, and their form does not send them.
  const owner = policy.canRestrictAccess;
  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      {owner && <input type="hidden" name="accessPolicies" value="on" />}
      {/* No box (so no spacing) until there is a message; the live region itself is always there. */}
      <div className="contents has-[[role]]:block">
        <FormResult state={state} />
      </div>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t(M.mfaLegend)}</legend>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="requireMfa"
            defaultChecked={policy.requireMfa}
            className="mt-1 size-4"
          />
          <span>
            {t(M.requireMfa)}
            <span className="block text-sm text-gray-600">
              {t(M.requireMfaHint(policy.membersWithoutMfa))}
            </span>
          </span>
        </label>
      </fieldset>

      {!owner && <p className="text-sm text-gray-700">{t(M.ownersDecideAccess)}</p>}

      <fieldset className="space-y-2">
        <legend className="font-medium">{t(M.ssoLegend)}</legend>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name={owner ? "ssoRequired" : undefined}
            defaultChecked={policy.ssoRequired}
            disabled={!owner || (!policy.ssoAvailable && !policy.ssoRequired)}
            className="mt-1 size-4"
          />
          <span>
            {t(M.ssoRequired)}
            {!policy.ssoAvailable && (
              <span className="block text-sm text-gray-600">{t(M.setUpSsoFirst)}</span>
            )}
            {owner && policy.ssoAvailable && !policy.actorHasSsoIdentity && (
              <span className="block text-sm text-gray-600">
                {t(M.connectOwnFirst)}{" "}
                <Link href="/account/security" className="underline">
                  {t(M.accountSecurityLink)}
                </Link>
                .
              </span>
            )}
          </span>
        </label>
        {policy.ssoAvailable && policy.membersWithoutSsoIdentity > 0 && (
          <Alert tone="warning">{t(M.membersWithoutSso(policy.membersWithoutSsoIdentity))}</Alert>
        )}
      </fieldset>

      <FormField
        id="ipAllowlist"
        label={t(M.allowedNetworks)}
        hint={t(M.allowedNetworksHint(currentIp))}
        error={fieldError("ipAllowlist")}
      >
        <TextArea
          name={owner ? "ipAllowlist" : undefined}
          readOnly={!owner}
          rows={5}
          defaultValue={policy.ipAllowlist.join("\n")}
          className="font-mono"
        />
      </FormField>

      <Button type="submit" disabled={pending}>
        {pending ? t(M.saving) : t(M.saveSecurity)}
      </Button>
    </form>
  );
}
