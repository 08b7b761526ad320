import type { Metadata } from "next";
import Link from "next/link";
import { Badge, ButtonLink, buttonClassName, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { TimesInNote } from "@/app/_components/times-in-note";
import { timeLeft } from "@/lib/incidents/deadline";
import { listRegister, type RegisterRow } from "@/lib/incidents/register/view";
import { AssessmentBandBadge } from "./[id]/assessment-band-badge";
import { DETERMINATION_LABELS, STATUS_LABELS } from "./messages";

export const metadata: Metadata = { title: "Incident register" };

export default async function IncidentRegisterPage() {
  const { incidents, canManage, now } = await loadPage(async (ctx) => ({
    incidents: await listRegister(ctx),
    canManage: staffCan(ctx.actor.staffRoles, "breach.manage"),
    now: ctx.clock.now(),
  }));
  const nextDeadline = (incident: RegisterRow) => {
    if (!incident.nextDeadline) return "—";
    const left = timeLeft(incident.nextDeadline, now);
    return (
      <>
        <DateTime value={incident.nextDeadline} />{" "}
        <Badge tone={left.overdue ? "danger" : "warning"}>{left.label}</Badge>
      </>
    );
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title="Incident register"
        description="Every security incident, including those judged not to be a notifiable breach, with the reasoning (Art. 33(5))."
        actions={
          <>
            <Link className="text-sm font-medium text-brand-700 underline" href="/admin/incidents/dashboard">
              Notification deadlines
            </Link>
            <Link className="text-sm font-medium text-brand-700 underline" href="/admin/systems">
              Data systems
            </Link>
            <a
              href="/admin/incidents/export/csv"
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              Export CSV
            </a>
            <a
              href="/admin/incidents/export/json"
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              Export JSON
            </a>
            {canManage && <ButtonLink href="/admin/incidents/new">New incident</ButtonLink>}
          </>
        }
      />
      <TimesInNote />
      <DataTable
        caption="All incidents, most recent awareness first"
        hideCaption
        headingLevel={2}
        rows={incidents}
        rowKey={(incident) => incident.id}
        empty={{
          title: "No incidents recorded",
          description: canManage
            ? "Record every security incident as soon as you become aware of it: choose “New incident”."
            : "Incidents appear here once security staff record them.",
        }}
        columns={[
          {
            header: "Reference",
            rowHeader: true,
            cell: (incident) => (
              <Link className="font-medium text-brand-700 underline" href={`/admin/incidents/${incident.id}`}>
                {incident.reference}
              </Link>
            ),
          },
          { header: "Title", cell: (incident) => incident.title },
          {
            header: "Aware at",
            cell: (incident) => <DateTime value={incident.awareAt} />,
          },
          { header: "Status", cell: (incident) => STATUS_LABELS[incident.status] },
          { header: "Determination", cell: (incident) => DETERMINATION_LABELS[incident.determination] },
          {
            header: "Severity",
            cell: (incident) =>
              incident.latestBand ? <AssessmentBandBadge band={incident.latestBand} /> : "Not assessed",
          },
          { header: "Organisations", cell: (incident) => incident.organizationCount },
          { header: "Next deadline", cell: nextDeadline },
        ]}
      />
    </div>
  );
}
