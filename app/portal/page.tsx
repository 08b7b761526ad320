import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { myOrganizations } from "@/lib/organizations/portal";
import { PORTAL_CHOOSER_MESSAGES as WORDS } from "./messages";
import { SignInThroughForm } from "./sign-in-through-form";

export const metadata: Metadata = { title: "Choose an organisation" };

export default async function PortalChooser() {
  const organizations = await loadPage(async (ctx) => myOrganizations(ctx));
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16 space-y-6">
      <PageHeader title="Choose an organisation" />
      {organizations.length === 0 ? (
        <EmptyState
          title="You are not a member of any organisation"
          description="Ask your organisation's owner to invite you, then sign in again."
        />
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {organizations.map((o) =>
            o.needsOwnMicrosoftSignIn ? (
              <li key={o.slug} className="space-y-2 px-4 py-3">
                <p className="flex items-center justify-between">
                  <span className="font-medium">{o.name}</span>
                  <Badge>{CUSTOMER_ROLE_LABELS[o.role]}</Badge>
                </p>
                <p className="text-sm text-gray-600">{WORDS.ownMicrosoftSignIn(o.name)}</p>
                <SignInThroughForm slug={o.slug} organizationName={o.name} />
              </li>
            ) : (
              <li key={o.slug}>
                <Link
                  href={`/portal/${o.slug}`}
                  className="flex items-center justify-between px-4 py-3 hover:bg-gray-50"
                >
                  <span className="font-medium">{o.name}</span>
                  <Badge>{CUSTOMER_ROLE_LABELS[o.role]}</Badge>
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
    </main>
  );
}
