import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { formatCalendarDate } from "@/lib/i18n/format";
import { CHANGE_TYPE_LABEL, changeTitle } from "@/lib/trust/subprocessors/messages";
import { getSubprocessorStaffView } from "@/lib/trust/subprocessors/staff-view";
import { KNOWN_TRANSFER_MECHANISMS } from "@/lib/trust/subprocessors/transfer-mechanisms";
import { AnnounceForm } from "./announce-form";
import { SubprocessorTable } from "./subprocessor-table";

export const metadata: Metadata = { title: "Subprocessors" };

export default async function SubprocessorsAdminPage() {
  const view = await loadPage((ctx) => getSubprocessorStaffView(ctx));
  const byStatus = (status: "current" | "upcoming" | "past") =>
    view.subprocessors.filter((s) => s.status === status);
  const stoppable = view.subprocessors
    .filter((s) => s.stoppable)
    .map((s) => ({
      id: s.id,
      label:
        s.status === "upcoming" ? `${s.name} (starts ${formatCalendarDate("en", s.activeFrom)})` : s.name,
    }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Subprocessors"
        description={
          <>
            The public list at{" "}
            <Link href="/en/subprocessors" className="underline" prefetch={false}>
              /subprocessors
            </Link>{" "}
            (also as JSON and CSV). Announcing a change updates the list on its effective date, adds an entry
            to the updates feed, gives every customer organisation its own notice (email, portal, webhook)
            with the objection window or approval its DPA provides, and emails every confirmed subscriber.{" "}
            <Link href="/admin/trust/subprocessors/notices" className="underline">
              Customer notices
            </Link>
            {" · "}
            <Link href="/admin/trust/subprocessors/objections" className="underline">
              Objections
            </Link>
          </>
        }
      />

      <Card title="Subscribers">
        <p className="flex flex-wrap gap-4 text-sm" data-testid="subscriber-counts">
          <span>
            <strong>{view.subscribers.confirmed}</strong> confirmed
          </span>
          <span>
            <strong>{view.subscribers.pending}</strong> awaiting confirmation
          </span>
          <span>
            <strong>{view.subscribers.unsubscribed}</strong> unsubscribed
          </span>
        </p>
        <p className="mt-2 text-sm text-gray-600">Addresses are not shown: only the notices need them.</p>
      </Card>

      <Card title="Announce a change">
        <AnnounceForm
          stoppable={stoppable}
          today={view.today}
          defaultEffectiveDate={view.defaultEffectiveDate}
          noticePeriodDays={view.noticePeriodDays}
          transferMechanisms={KNOWN_TRANSFER_MECHANISMS.map((m) => m.en)}
        />
      </Card>

      <Card title="Current">
        <SubprocessorTable
          caption="Current subprocessors"
          rows={byStatus("current")}
          empty="Announce an addition above; it appears here from its effective date."
        />
      </Card>
      <Card title="Upcoming">
        <SubprocessorTable
          caption="Upcoming subprocessors"
          rows={byStatus("upcoming")}
          empty="Announced additions wait here until their effective date."
        />
      </Card>
      <Card title="Past">
        <SubprocessorTable
          caption="Past subprocessors"
          rows={byStatus("past")}
          empty="Subprocessors appear here after a removal or replacement takes effect."
        />
      </Card>

      <Card title="Announced changes">
        <DataTable
          caption="Announced changes, newest first"
          hideCaption
          rows={view.changes}
          rowKey={(change) => change.id}
          empty={{
            title: "No changes announced yet",
            description: "Use “Announce a change” above; the history of announcements appears here.",
          }}
          columns={[
            {
              header: "Announced",
              className: "whitespace-nowrap",
              cell: (change) => <DateTime value={change.announcedAt} />,
            },
            {
              header: "Change",
              cell: (change) => (
                <>
                  <Badge>{CHANGE_TYPE_LABEL.en[change.type]}</Badge> {changeTitle(change, "en")}
                </>
              ),
            },
            {
              header: "Effective",
              className: "whitespace-nowrap",
              cell: (change) => formatCalendarDate("en", change.effectiveDate),
            },
            { header: "By", cell: (change) => change.announcedBy ?? "seed / system" },
            { header: "Note", className: "max-w-md text-gray-700", cell: (change) => change.note || "—" },
          ]}
        />
      </Card>
    </div>
  );
}
