import type { Metadata } from "next";
import Link from "next/link";
import { DsrDueDate, DsrStatusBadge } from "@/app/_components/dsr-display";
import { TimesInNote } from "@/app/_components/times-in-note";
import { Alert, Card, DataTable, DateTime, DefinitionList, PageHeader, UserText } from "@/app/_ui";
import { dayIn } from "@/lib/dsr/deadlines";
import { DSR_TASK_ACTION_LABELS, DSR_TASK_STATUS_LABELS, DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { getRequestForStaff, type StaffDsrDetail } from "@/lib/dsr/staff/detail";
import { loadPage } from "@/lib/http/page";
import { formatInstant, isoDate } from "@/lib/i18n/format";
import { DETAIL_MESSAGES as M } from "../messages";
import { ManualTaskForm } from "./manual-task-form";
import { AssignForm, CommentForm, DeclineForm, ExtendForm } from "./staff-forms";

export const metadata: Metadata = { title: "Data-subject request" };

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = await loadPage((ctx) => getRequestForStaff(ctx, id));
  const zone = detail.organization.timeZone;
  const open = detail.status === "OPEN" || detail.status === "IN_PROGRESS";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/requests" className="text-brand-700 underline">
          {M.back}
        </Link>
      </p>
      <PageHeader
        title={`${detail.reference}: ${DSR_TYPE_LABELS[detail.type].en}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <UserText>{detail.organization.name}</UserText>
            <DsrStatusBadge status={detail.status} locale="en" />
          </span>
        }
      />
      <TimesInNote>{M.dueDatesIn(zone)}</TimesInNote>
      {detail.declineReason !== null && (
        <Alert tone="danger" title={M.declineReason}>
          <p className="whitespace-pre-line">{detail.declineReason}</p>
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <Facts detail={detail} />
          <Deadlines detail={detail} zone={zone} />
          <Tasks detail={detail} />
        </div>
        <div className="min-w-0 space-y-6">
          {detail.canManage && (
            <Card title={M.assignTitle}>
              <AssignForm id={detail.id} assigneeId={detail.assignee?.id ?? null} staff={detail.staff} />
            </Card>
          )}
          {detail.canManage && (
            <Card title={M.extendTitle}>
              {detail.extension.allowed ? (
                <ExtendForm
                  id={detail.id}
                  latest={isoDate(dayIn(detail.extension.latestDueAt, zone))}
                  latestLabel={formatInstant("en", detail.extension.latestDueAt, zone)}
                  processorOverdue={detail.extension.processorOverdue}
                />
              ) : (
                <p className="text-sm text-gray-700">
                  {!open
                    ? M.extendNotAllowed.closed
                    : detail.extension.extendedBefore
                      ? M.extendNotAllowed.extended
                      : M.extendNotAllowed.overdue}
                </p>
              )}
            </Card>
          )}
          {detail.canManage && open && (
            <Card title={M.declineTitle}>
              <DeclineForm id={detail.id} />
            </Card>
          )}
          <Card title={M.commentsTitle}>
            <div className="space-y-4">
              <p className="text-sm text-gray-600">{M.commentsNote}</p>
              {detail.comments.length === 0 ? (
                <p className="text-sm text-gray-600">{M.noComments}</p>
              ) : (
                <ul className="space-y-3 text-sm">
                  {detail.comments.map((c) => (
                    <li key={c.id}>
                      <p className="text-gray-600">
                        <UserText>{c.author}</UserText>, <DateTime value={c.at} />
                      </p>
                      <p className="whitespace-pre-line">{c.body}</p>
                    </li>
                  ))}
                </ul>
              )}
              {detail.canManage && <CommentForm id={detail.id} />}
            </div>
          </Card>
        </div>
      </div>
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {M.timelineTitle}
        </h2>
        <ol className="space-y-2 border-l-2 border-gray-200 pl-4 text-sm">
          {detail.timeline.map((entry, i) => (
            <li key={i}>
              <DateTime value={entry.at} /> — <span className="font-medium">{entry.label.en}</span>{" "}
              <span className="text-gray-600">
                (<UserText>{entry.actor.en}</UserText>)
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function Facts({ detail }: { detail: StaffDsrDetail }) {
  const { subject, details } = detail;
  return (
    <Card title={M.factsTitle}>
      <DefinitionList
        items={[
          { term: M.organization, description: <UserText>{detail.organization.name}</UserText> },
          { term: M.type, description: DSR_TYPE_LABELS[detail.type].en },
          { term: M.source, description: M.sources[detail.source] },
          subject
            ? {
                term: M.subject,
                description: (
                  <span>
                    {subject.email && (
                      <span className="block">
                        {M.email}: <UserText>{subject.email}</UserText>
                      </span>
                    )}
                    {subject.externalId && (
                      <span className="block">
                        {M.externalId}: <UserText>{subject.externalId}</UserText>
                      </span>
                    )}
                  </span>
                ),
              }
            : { term: M.subject, description: M.subjectRemoved, muted: true },
          details &&
            "corrections" in details && {
              term: M.corrections,
              description: (
                <ul>
                  {Object.entries(details.corrections).map(([field, value]) => (
                    <li key={field}>
                      <UserText className="font-mono">{field}</UserText>: <UserText>{value}</UserText>
                    </li>
                  ))}
                </ul>
              ),
            },
          details &&
            "scope" in details && {
              term: M.scope,
              description: <span className="whitespace-pre-line">{details.scope}</span>,
            },
          detail.instructionReference !== "" && {
            term: M.instructionReference,
            description: <UserText>{detail.instructionReference}</UserText>,
          },
          detail.note !== "" && {
            term: M.note,
            description: <span className="whitespace-pre-line">{detail.note}</span>,
          },
          {
            term: M.identity,
            muted: detail.identityAttestedAt === null,
            description: detail.identityAttestedAt ? (
              <span>
                {detail.filedBy && <UserText>{detail.filedBy}</UserText>},{" "}
                <DateTime value={detail.identityAttestedAt} />
              </span>
            ) : (
              M.notYet
            ),
          },
        ]}
      />
    </Card>
  );
}

function Deadlines({ detail, zone }: { detail: StaffDsrDetail; zone: string }) {
  return (
    <Card title={M.deadlinesTitle}>
      <div className="space-y-6">
        <DefinitionList
          items={[
            { term: M.received, description: <DateTime value={detail.receivedAt} /> },
            {
              term: M.legalDue,
              description: (
                <DsrDueDate
                  at={detail.legalDueAt}
                  timeZone={zone}
                  overdue={detail.legalOverdue}
                  locale="en"
                />
              ),
            },
            detail.status !== "FORWARDED" && {
              term: M.processorDue,
              description: (
                <DsrDueDate
                  at={detail.processorDueAt}
                  timeZone={zone}
                  overdue={detail.processorOverdue}
                  locale="en"
                />
              ),
            },
          ]}
        />
        <DataTable
          caption={M.historyCaption}
          rows={detail.deadlineChanges}
          rowKey={(c) => c.at.toISOString() + c.kind}
          empty={{ title: M.historyCaption, description: M.noHistory }}
          columns={[
            { header: M.when, rowHeader: true, cell: (c) => <DateTime value={c.at} /> },
            {
              header: M.change,
              cell: (c) => (
                <span>
                  <span className="block font-medium">
                    {c.kind === "EXTENSION" ? M.extension : M.instructed}
                  </span>
                  {formatInstant("en", c.previousDueAt, zone)} → {formatInstant("en", c.newDueAt, zone)}
                </span>
              ),
            },
            {
              header: M.reason,
              cell: (c) => (c.reason ? <span className="whitespace-pre-line">{c.reason}</span> : "—"),
            },
            {
              header: M.told,
              cell: (c) => (c.controllerToldAt ? <DateTime value={c.controllerToldAt} /> : "—"),
            },
          ]}
        />
      </div>
    </Card>
  );
}

function Tasks({ detail }: { detail: StaffDsrDetail }) {
  return (
    <Card title={M.tasksTitle}>
      <DataTable
        caption={M.tasksCaption}
        hideCaption
        rows={detail.tasks}
        rowKey={(task) => task.id}
        empty={{ title: M.tasksTitle, description: M.noTasks }}
        columns={[
          { header: M.system, rowHeader: true, cell: (task) => task.system },
          { header: M.action, cell: (task) => DSR_TASK_ACTION_LABELS[task.action].en },
          { header: M.taskStatus, cell: (task) => DSR_TASK_STATUS_LABELS[task.status].en },
          { header: M.records, cell: (task) => (task.records === null ? "—" : String(task.records)) },
          { header: M.ground2, cell: (task) => task.ground ?? "—" },
          {
            header: M.attempts,
            cell: (task) =>
              task.connector === "MANUAL" && task.status === "PENDING" && detail.canManage ? (
                <ManualTaskForm taskId={task.id} action={task.action} />
              ) : (
                "—"
              ),
          },
        ]}
      />
    </Card>
  );
}
