"use client";

import Link from "next/link";
import { Alert, Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { SecurityPolicy } from "@/lib/organizations/security-policy";
import { updateSecurityPolicyAction } from "./actions";
import { SETTINGS_MESSAGES } from "./messages";

export function SecurityPolicyForm({
  slug,
  policy,
  currentIp,
}: {
  slug: string;
  policy: SecurityPolicy;
  currentIp: string | null;
}) {
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
        <legend className="font-medium">Two-factor authentication</legend>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="requireMfa"
            defaultChecked={policy.requireMfa}
            className="mt-1 size-4"
          />
          <span>
            Require two-factor authentication for every member.
            <span className="block text-sm text-gray-600">
              Members without it are asked to set it up at their next request. {policy.membersWithoutMfa}{" "}
              member(s) have not set it up yet.
            </span>
          </span>
        </label>
      </fieldset>

      {!owner && <p className="text-sm text-gray-700">{SETTINGS_MESSAGES.ownersDecideAccess}</p>}

      <fieldset className="space-y-2">
        <legend className="font-medium">Single sign-on</legend>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name={owner ? "ssoRequired" : undefined}
            defaultChecked={policy.ssoRequired}
            disabled={!owner || (!policy.ssoAvailable && !policy.ssoRequired)}
            className="mt-1 size-4"
          />
          <span>
            Members must sign in with Microsoft (password and email-link sign-in are blocked).
            {!policy.ssoAvailable && (
              <span className="block text-sm text-gray-600">
                Set up and enable single sign-on below first.
              </span>
            )}
            {owner && policy.ssoAvailable && !policy.actorHasSsoIdentity && (
              <span className="block text-sm text-gray-600">
                Before you can require it, connect your own Microsoft account on{" "}
                <Link href="/account/security" className="underline">
                  Account → Two-factor authentication
                </Link>
                .
              </span>
            )}
          </span>
        </label>
        {policy.ssoAvailable && policy.membersWithoutSsoIdentity > 0 && (
          <Alert tone="warning">
            {policy.membersWithoutSsoIdentity === 1
              ? "1 member has"
              : `${policy.membersWithoutSsoIdentity} members have`}{" "}
            not connected a Microsoft account. While Microsoft sign-in is required they cannot sign in until
            they connect one (Account → Two-factor authentication, while they are still signed in), so ask
            them to connect it first.
          </Alert>
        )}
      </fieldset>

      <FormField
        id="ipAllowlist"
        label="Allowed networks"
        hint={`One IP range per line in CIDR notation (e.g. 203.0.113.0/24). Leave empty to allow any address. Your current address is ${currentIp ?? "unknown"}.`}
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
        {pending ? "Saving…" : "Save security settings"}
      </Button>
    </form>
  );
}
