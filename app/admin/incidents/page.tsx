import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import {
  Badge,
  ButtonLink,
  buttonClassName,
  DateTime,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/app/_ui";
import { requireStaff } from "@/lib/auth/authorization/authorize";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { isTimeZone, timeLeft } from "@/lib/incidents/deadline";
import { DETERMINATION_LABELS, STATUS_LABELS } from "@/lib/incidents/register/labels";
import { listRegister } from "@/lib/incidents/register/view";
import { systemClock } from "@/lib/time/clock";
import { AssessmentBandBadge } from "./[id]/assessment-band-badge";

export const metadata: Metadata = { title: "Incident register" };

type SearchParams = Promise<{ tz?: string }>;

export default async function IncidentRegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const { tz } = await searchParams;
  const timeZone = tz && isTimeZone(tz) ? tz : "UTC";
  const [incidents, actor] = await guardPage(() =>
    Promise.all([listRegister(), requireStaff("breach.view")]),
  );
  const canManage = staffCan(actor.staffRoles, "breach.manage");
  const now = systemClock.now();
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
      <p className="text-sm text-gray-700">
        Times in {timeZone} (add <code>?tz=Europe/Berlin</code> for another zone).
      </p>
      {incidents.length === 0 ? (
        <EmptyState
          title="No incidents recorded"
          description={
            canManage
              ? "Record every security incident as soon as you become aware of it: choose “New incident”."
              : "Incidents appear here once security staff record them."
          }
        />
      ) : (
        <Table caption="All incidents, most recent awareness first" hideCaption>
          <THead>
            <Tr>
              <Th>Reference</Th>
              <Th>Title</Th>
              <Th>Aware at</Th>
              <Th>Status</Th>
              <Th>Determination</Th>
              <Th>Severity</Th>
              <Th>Organisations</Th>
              <Th>Next deadline</Th>
            </Tr>
          </THead>
          <TBody>
            {incidents.map((incident) => {
              const left = incident.nextDeadline ? timeLeft(incident.nextDeadline, now) : null;
              return (
                <Tr key={incident.id}>
                  <Td>
                    <Link
                      className="font-medium text-brand-700 underline"
                      href={`/admin/incidents/${incident.id}${tz ? `?tz=${encodeURIComponent(timeZone)}` : ""}`}
                    >
                      {incident.reference}
                    </Link>
                  </Td>
                  <Td>{incident.title}</Td>
                  <Td>
                    <DateTime value={incident.awareAt} timeZone={timeZone} />
                  </Td>
                  <Td>{STATUS_LABELS[incident.status]}</Td>
                  <Td>{DETERMINATION_LABELS[incident.determination]}</Td>
                  <Td>
                    {incident.latestBand ? (
                      <AssessmentBandBadge band={incident.latestBand} />
                    ) : (
                      "Not assessed"
                    )}
                  </Td>
                  <Td>{incident.organizationCount}</Td>
                  <Td>
                    {incident.nextDeadline && left ? (
                      <>
                        <DateTime value={incident.nextDeadline} timeZone={timeZone} />{" "}
                        <Badge tone={left.overdue ? "danger" : "warning"}>{left.label}</Badge>
                      </>
                    ) : (
                      "—"
                    )}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </div>
  );
}
