import type { Metadata } from "next";
import { Badge, Card, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { RetentionSubNav } from "../retention/sub-nav";
import { listHolds, type HoldView } from "@/lib/legal-holds/list";
import { CreateHoldForm } from "./create-form";
import { LEGAL_HOLDS_CONSOLE_MESSAGES as WORDS } from "./messages";
import { ReleaseHoldForm } from "./release-form";

export const metadata: Metadata = { title: "Legal holds" };

function covers(h: HoldView): string {
  switch (h.scope) {
    case "ORGANIZATION":
      return h.organizationName ?? "a former organisation";
    case "SUBJECT":
      return `a data subject of ${h.organizationName ?? "a former organisation"}`;
    case "CATEGORY":
      return `${h.categoryLabel} of ${h.organizationName ?? WORDS.everyOrganisation}`;
    case "INCIDENT":
      return h.incidentReference ?? "an incident";
  }
}

function HoldTable({ holds, caption, active }: { holds: HoldView[]; caption: string; active: boolean }) {
  return (
    <DataTable
      caption={caption}
      hideCaption
      rows={holds}
      rowKey={(h) => h.id}
      empty={{
        title: active ? "No legal hold is active" : "No hold was released yet",
        description: active
          ? "A hold blocks every deletion of what it covers: retention purges, DSR erasures, account deletion."
          : "Released holds stay here with who released them and why.",
      }}
      columns={[
        { header: "Hold", cell: (h) => <span className="font-mono">{h.reference}</span> },
        {
          header: "Covers",
          cell: (h) => (
            <>
              <Badge tone="neutral">{WORDS.scope[h.scope]}</Badge> <UserText>{covers(h)}</UserText>
            </>
          ),
        },
        { header: "Reason", cell: (h) => <UserText>{h.reason}</UserText> },
        {
          header: "Placed",
          cell: (h) => (
            <>
              <DateTime value={h.createdAt} />
              <span className="block text-xs text-gray-600">by {h.createdBy ?? "a former staff member"}</span>
            </>
          ),
        },
        {
          header: active ? "Refused deletions" : "Released",
          cell: (h) =>
            active ? (
              h.refusals.length === 0 ? (
                "None yet"
              ) : (
                <ul className="space-y-1">
                  {h.refusals.map((r) => (
                    <li key={r.id} className="text-sm">
                      {WORDS.path[r.path]}: <span className="font-mono text-xs break-all">{r.targetId}</span>{" "}
                      · {r.records} kept · {r.attempts}× · last <DateTime value={r.lastAt} />
                    </li>
                  ))}
                </ul>
              )
            ) : (
              <>
                {h.releasedAt && <DateTime value={h.releasedAt} />}
                <span className="block text-xs text-gray-600">
                  by {h.releasedBy ?? "a former staff member"}: <UserText>{h.releaseReason ?? ""}</UserText>
                </span>
                <span className="block text-xs text-gray-600">
                  {h.refusals.length} refused deletion{h.refusals.length === 1 ? "" : "s"}, resumed on release
                </span>
              </>
            ),
        },
      ]}
      rowActions={(h) => active && <ReleaseHoldForm holdId={h.id} reference={h.reference} />}
    />
  );
}

/** Legal holds (G2, G4): place, list with their refusals, release. */
export default async function LegalHoldsPage() {
  const { active, released, choices } = await loadPage((ctx) => listHolds(ctx));
  return (
    <div>
      <RetentionSubNav current="/admin/legal-holds" />
      <PageHeader
        title="Legal holds"
        description="A legal hold keeps data that would otherwise be deleted: retention purges, DSR erasures, account deletion and manual deletes of what it covers are refused, and each refusal is recorded with the hold. Releasing a hold runs the deletions it deferred."
      />
      <div className="space-y-6">
        <Card title="Place a hold">
          <CreateHoldForm choices={choices} />
        </Card>
        <Card title={`Active holds (${active.length})`}>
          <HoldTable holds={active} caption="Active legal holds, newest first" active />
        </Card>
        <Card title="Released holds">
          <HoldTable holds={released} caption="Released legal holds, newest first" active={false} />
        </Card>
      </div>
    </div>
  );
}
