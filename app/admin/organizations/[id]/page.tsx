import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DataTable, DateTime, DefinitionList, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localize } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { getOrganizationForStaff } from "@/lib/organizations/organization-for-staff";
import { ianaTimeZones } from "@/lib/time/time-zones";
import { LANGUAGE_NAMES, ORGANIZATIONS_MESSAGES as M } from "../messages";
import { ContractForm } from "./contract-form";
import { NegotiatedDpaForm } from "./negotiated-dpa-form";
import { OwnerInvitationForm } from "./owner-invitation-form";
import { AuthorisationForm } from "./subprocessor-authorisation/authorisation-form";
import { AUTHORISATION_SETTING_MESSAGES as A } from "./subprocessor-authorisation/messages";

/** Long addresses wrap anywhere rather than run out of a phone-width table. */
const WRAP = "min-w-0 [overflow-wrap:anywhere]";

export const metadata: Metadata = { title: "Customer organisation" };

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const org = await loadPage((ctx) => getOrganizationForStaff(ctx, id));
  return (
    <div className="space-y-6">
      <PageHeader
        title={org.name}
        description={
          <Link href="/admin" className="underline">
            {M.back}
          </Link>
        }
      />
      <Card title={M.details}>
        <DefinitionList
          items={[
            { term: M.fields.slug.label, description: <span className="font-mono">{org.slug}</span> },
            { term: M.portal, description: <span className="font-mono">/portal/{org.slug}</span> },
            { term: M.created, description: <DateTime value={org.createdAt} /> },
          ]}
        />
      </Card>
      <Card title={M.contract}>
        <p className="mb-4 max-w-prose text-sm text-gray-600">{M.contractNote}</p>
        {org.mayManage ? (
          <ContractForm organizationId={org.id} values={org} timeZones={ianaTimeZones()} />
        ) : (
          <>
            <DefinitionList
              items={[
                {
                  term: M.fields.breachNotificationHours.label,
                  description: String(org.breachNotificationHours),
                },
                { term: M.fields.dsrDueDays.label, description: String(org.dsrDueDays) },
                { term: M.fields.defaultTimeZone.label, description: org.defaultTimeZone },
                { term: M.fields.defaultLanguage.label, description: LANGUAGE_NAMES[org.defaultLanguage] },
              ]}
            />
            <p className="mt-4 text-sm text-gray-600">{M.readOnly}</p>
          </>
        )}
      </Card>
      {org.mayManage && (
        <Card title="Negotiated DPA">
          <p className="mb-4 max-w-prose text-sm text-gray-600">
            An individually negotiated DPA binds this organisation instead of the standard version: it is not
            asked to accept new versions, and its members can download the signed PDF. See{" "}
            <Link href="/admin/dpa" className="underline">
              DPA acceptance
            </Link>
            .
          </p>
          <NegotiatedDpaForm organizationId={org.id} />
        </Card>
      )}
      <Card title={A.title}>
        <p className="mb-4 max-w-prose text-sm text-gray-600">{A.note}</p>
        {org.mayManage ? (
          <AuthorisationForm
            organizationId={org.id}
            mode={org.subprocessorAuthorisation}
            noticeDays={org.subprocessorNoticeDays}
          />
        ) : (
          <DefinitionList
            items={[
              {
                term: A.mode,
                description: org.subprocessorAuthorisation === "GENERAL" ? A.general : A.specific,
              },
              { term: A.noticeDays, description: String(org.subprocessorNoticeDays) },
            ]}
          />
        )}
      </Card>
      <Card title={M.ownerInvitation}>
        {org.hasOwner ? (
          <p className="text-sm text-gray-700">{M.hasOwner}</p>
        ) : org.mayManage ? (
          <OwnerInvitationForm organizationId={org.id} />
        ) : (
          <p className="text-sm text-gray-600">{M.readOnly}</p>
        )}
      </Card>
      <Card title={M.members}>
        <DataTable
          caption={M.members}
          hideCaption
          rows={org.members}
          rowKey={(m) => m.userId}
          columns={[
            { header: "Name", cell: (m) => m.name, rowHeader: true },
            { header: "Email", cell: (m) => <span className={WRAP}>{m.email}</span> },
            { header: "Role", cell: (m) => localize(CUSTOMER_ROLE_LABELS[m.role]) },
          ]}
          empty={M.membersEmpty}
        />
      </Card>
      <Card title={M.invitations}>
        <DataTable
          caption={M.invitations}
          hideCaption
          rows={org.invitations}
          rowKey={(i) => i.id}
          columns={[
            { header: "Email", cell: (i) => <span className={WRAP}>{i.email}</span>, rowHeader: true },
            { header: "Role", cell: (i) => localize(CUSTOMER_ROLE_LABELS[i.role]) },
            {
              header: "Status",
              cell: (i) => (
                <Badge
                  tone={i.status === "accepted" ? "success" : i.status === "pending" ? "info" : "neutral"}
                >
                  {M.invitationStatus[i.status]}
                </Badge>
              ),
            },
            { header: "Since", cell: (i) => <DateTime value={i.at} /> },
          ]}
          empty={M.invitationsEmpty}
        />
      </Card>
    </div>
  );
}
