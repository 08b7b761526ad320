import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/app/_ui";
import { authorizeStaff } from "@/lib/auth/authorization/authorize";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { isMailTransportConfigured } from "@/lib/mail/transport";
import { MAIL_TRANSPORT_MESSAGES } from "./messages";

/** Every breach page warns while no mail server is configured: notices are queued, not delivered (ADR 0016). */
export default async function IncidentsLayout({ children }: { children: ReactNode }) {
  const { configured, canViewMail } = await loadPage(async (ctx) => {
    const { actor } = await authorizeStaff(ctx, "breach.view");
    return {
      configured: isMailTransportConfigured(),
      canViewMail: staffCan(actor.staffRoles, "admin.mail.view"),
    };
  });
  return (
    <>
      {!configured && (
        <div className="mb-6" data-testid="mail-transport-warning">
          <Alert tone="warning" title={MAIL_TRANSPORT_MESSAGES.title}>
            {MAIL_TRANSPORT_MESSAGES.body}
            {canViewMail && (
              <>
                {" "}
                <Link className="font-medium underline" href="/admin/mail">
                  {MAIL_TRANSPORT_MESSAGES.mailLink}
                </Link>
              </>
            )}
          </Alert>
        </div>
      )}
      {children}
    </>
  );
}
