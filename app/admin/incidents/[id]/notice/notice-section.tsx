import Link from "next/link";
import { Badge, Card, DateTime, EmptyState } from "@/app/_ui";
import { itemLabel } from "@/lib/incidents/notices/items";
import type { NoticeSectionView } from "@/lib/incidents/notices/view";
import { DELIVERY_LABELS } from "../../messages";
import { NoticeComposer } from "./notice-composer";
import { NoticePhaseView } from "./notice-phase-view";

/** Breach notices of an incident (GDPR.md B2, B3): every phase as sent, open follow-ups, and the next phase's draft. */
export function NoticeSection({ view }: { view: NoticeSectionView }) {
  return (
    <section aria-labelledby="notices-heading" className="space-y-4">
      <h2 id="notices-heading" className="text-lg font-semibold text-gray-900">
        Notices to affected organisations
      </h2>
      {view.phases.length === 0 ? (
        <EmptyState
          title="No notice sent yet"
          description={
            view.isBreach
              ? "Compose phase 1 below with the Art. 33(3) items and send it to every affected organisation."
              : "This incident is not declared a personal-data breach: no notice can be sent for it."
          }
          headingLevel={3}
        />
      ) : (
        <ol className="space-y-4" aria-label="Sent phases">
          {view.phases.map((phase) => (
            <li key={phase.id}>
              <Card title={`Phase ${phase.number}`} headingLevel={3}>
                <p className="mb-1 text-sm text-gray-700">
                  Sent <DateTime value={phase.sentAt} />
                  {phase.sentBy ? ` by ${phase.sentBy}` : ""} to {phase.organizations} organisation(s).
                </p>
                <p className="mb-3 flex flex-wrap items-center gap-1 text-sm text-gray-700">
                  Emails:
                  {(["accepted", "queued", "retrying", "failed"] as const)
                    .filter((kind) => phase.emails[kind] > 0)
                    .map((kind) => (
                      <Badge key={kind} tone={DELIVERY_LABELS[kind].tone}>
                        {phase.emails[kind]} {DELIVERY_LABELS[kind].label.toLowerCase()}
                      </Badge>
                    ))}
                  <Link
                    className="text-brand-700 underline"
                    href={`/admin/incidents/${view.incidentId}#delivery-heading`}
                  >
                    Delivery per recipient
                  </Link>
                </p>
                <NoticePhaseView summary={phase.summary} items={phase.items} />
              </Card>
            </li>
          ))}
        </ol>
      )}
      {view.openFollowUps.length > 0 && (
        <Card title="Open follow-ups" headingLevel={3}>
          <ul className="list-disc pl-5 text-sm text-gray-800">
            {view.openFollowUps.map((f) => (
              <li key={f.item}>
                {itemLabel(f.item)}: sent as “not yet known” in phase {f.openedInPhase}; supply it in the next
                phase.
              </li>
            ))}
          </ul>
        </Card>
      )}
      {view.composer && (
        <NoticeComposer key={`${view.composer.number}`} incidentId={view.incidentId} {...view.composer} />
      )}
    </section>
  );
}
