import type { Metadata } from "next";
import Link from "next/link";
import { Card, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localize } from "@/lib/i18n/text";
import { OBJECTION_OUTCOME_LABELS } from "@/lib/subprocessor-notices/messages";
import { objectionQueue } from "@/lib/subprocessor-notices/objection-queue";
import { OBJECTIONS_MESSAGES as M } from "./messages";
import { ResolveForm } from "./resolve-form";

export const metadata: Metadata = { title: "Objections to subprocessors" };

/** GDPR.md C2: the queue of customers' objections (subprocessors.objections.resolve). */
export default async function ObjectionsPage() {
  const queue = await loadPage((ctx) => objectionQueue(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title={M.title}
        description={
          <>
            {M.description}{" "}
            <Link href="/admin/trust/subprocessors" className="underline">
              {M.back}
            </Link>
            {" · "}
            <Link href="/admin/trust/subprocessors/notices" className="underline">
              {M.matrix}
            </Link>
          </>
        }
      />
      <Card title={M.open}>
        <DataTable
          caption={M.open}
          hideCaption
          rows={queue.open}
          rowKey={(o) => o.noticeId}
          empty={{ title: M.openEmpty, description: "" }}
          columns={[
            {
              header: M.organization,
              rowHeader: true,
              cell: (o) => <UserText>{o.organization.name}</UserText>,
            },
            { header: M.subprocessor, cell: (o) => <UserText>{o.subprocessor}</UserText> },
            {
              header: M.objected,
              cell: (o) => (
                <>
                  {o.objectedAt && <DateTime value={o.objectedAt} />} <UserText>{o.objectedBy}</UserText>
                </>
              ),
            },
            {
              header: M.reason,
              cell: (o) => <UserText className="[overflow-wrap:anywhere]">{o.reason}</UserText>,
            },
            {
              header: M.resolve,
              cell: (o) => (
                <ResolveForm
                  noticeId={o.noticeId}
                  organization={o.organization.name}
                  subprocessor={o.subprocessor}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card title={M.resolved}>
        <DataTable
          caption={M.resolved}
          hideCaption
          rows={queue.resolved}
          rowKey={(o) => o.noticeId}
          empty={{ title: M.resolvedEmpty, description: "" }}
          columns={[
            {
              header: M.organization,
              rowHeader: true,
              cell: (o) => <UserText>{o.organization.name}</UserText>,
            },
            { header: M.subprocessor, cell: (o) => <UserText>{o.subprocessor}</UserText> },
            {
              header: M.reason,
              cell: (o) => <UserText className="[overflow-wrap:anywhere]">{o.reason}</UserText>,
            },
            {
              header: M.outcome,
              cell: (o) => (
                <span data-testid="objection-outcome">
                  {o.resolution && localize(OBJECTION_OUTCOME_LABELS[o.resolution.outcome])}
                </span>
              ),
            },
            {
              header: M.note,
              cell: (o) =>
                o.resolution && (
                  <>
                    <UserText className="[overflow-wrap:anywhere]">{o.resolution.note}</UserText> (
                    <UserText>{o.resolution.by}</UserText>, <DateTime value={o.resolution.at} />)
                  </>
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
