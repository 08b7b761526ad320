"use client";

import { Button, Card, DataTable, UserText } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import type { CustomerRole } from "@/lib/generated/prisma/enums";
import { setSignatoryAction } from "./actions";
import { DPA_PAGE_MESSAGES as M } from "./messages";

type Member = { userId: string; email: string; name: string | null; role: string; signatory: boolean };

/** Owners and admins name the members (beside themselves) who may accept the DPA. */
export function SignatoriesCard({
  slug,
  locale,
  members,
}: {
  slug: string;
  locale: Locale;
  members: Member[];
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(setSignatoryAction);
  const byRole = (role: string) => role === "OWNER" || role === "ADMIN";
  return (
    <Card title={t(M.signatoriesTitle)} headingLevel={2}>
      <div className="space-y-3">
        <p className="text-sm text-gray-700">{t(M.signatoriesIntro)}</p>
        <DataTable
          caption={t(M.signatoriesTitle)}
          hideCaption
          rows={members}
          rowKey={(m) => m.userId}
          empty={{ title: "", description: "" }}
          columns={[
            {
              header: t(M.member),
              rowHeader: true,
              cell: (m) => (
                <span>
                  <UserText>{m.name || m.email}</UserText>
                  {m.name && <span className="block text-xs text-gray-600">{m.email}</span>}
                </span>
              ),
            },
            {
              header: t(M.role),
              cell: (m) => t(CUSTOMER_ROLE_LABELS[m.role as CustomerRole] ?? { en: m.role }),
            },
            {
              header: t(M.mayAccept),
              cell: (m) => t(byRole(m.role) ? M.byRole : m.signatory ? M.yes : M.no),
            },
          ]}
          rowActions={(m) =>
            byRole(m.role) ? null : (
              <form action={formAction}>
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="userId" value={m.userId} />
                <input type="hidden" name="named" value={m.signatory ? "no" : "yes"} />
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t(m.signatory ? M.remove : M.name_)}
                </Button>
              </form>
            )
          }
          actionsLabel={t(M.mayAccept)}
        />
        <FormResult state={state} />
      </div>
    </Card>
  );
}
