import type { Metadata } from "next";
import { Card, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { RetentionSubNav } from "./sub-nav";
import { staffRetention } from "@/lib/retention/read";
import { RETENTION_CONSOLE_MESSAGES as WORDS } from "./messages";
import { PolicyForm } from "./policy-form";
import { RunNowForm } from "./run-now-form";

export const metadata: Metadata = { title: "Retention" };

/** Retention policies per category (G1, G3) and the evidence of every purge run. */
export default async function RetentionPage() {
  const { policies, runs } = await loadPage((ctx) => staffRetention(ctx));
  const label = (key: string) => policies.find((p) => p.key === key)?.label.en ?? key;
  return (
    <div>
      <RetentionSubNav current="/admin/retention" />
      <PageHeader
        title="Retention"
        description="How long Article28 keeps each category of data it holds itself, and each category a connected system declares. Customers' owners and admins may choose a shorter period for their organisation, down to the minimum set here. An hourly job removes what has expired in small batches, and asks each connected system to purge its own; rows under a legal hold are kept and the refusal recorded."
      />
      <div className="space-y-6">
        <Card title="Policies">
          <div className="space-y-6">
            {policies.map((p) => (
              <section key={p.key} aria-labelledby={`policy-${p.key}`} className="space-y-2">
                <h3 id={`policy-${p.key}`} className="font-semibold">
                  {p.label.en}{" "}
                  <span className="font-normal text-gray-600">
                    · {WORDS.days(p.periodDays)} {p.counts.en}
                    {p.purged && !p.perOrganization ? " · provider's own data" : ""}
                    {p.system ? ` · ${p.system.byHand ? WORDS.byHand : WORDS.bySystem}` : ""}
                  </span>
                </h3>
                {p.system?.byHand && (
                  <p className="text-sm text-gray-700">{WORDS.byHandNote(p.system.name)}</p>
                )}
                {p.purged || p.system ? (
                  <PolicyForm
                    category={p.key}
                    label={p.label.en}
                    periodDays={p.periodDays}
                    minDays={p.minDays}
                  />
                ) : p.removedBy ? (
                  <p className="text-sm text-gray-700">{p.removedBy.en}</p>
                ) : (
                  <p className="text-sm text-gray-700">
                    Removed only as a whole prefix of a chain behind a signed checkpoint, by the audit
                    log&apos;s pruning, so verification still works.
                  </p>
                )}
              </section>
            ))}
          </div>
        </Card>
        <Card title="Purge runs">
          <div className="space-y-4">
            <RunNowForm />
            <DataTable
              caption="Evidence of the latest purges, newest first"
              hideCaption
              rows={runs}
              rowKey={(r) => r.id}
              empty={{
                title: "No purge has removed or kept anything yet",
                description:
                  "Each run's evidence appears here: what, whose, how many, their time range and a hash of their ids.",
              }}
              columns={[
                { header: "Ran", cell: (r) => <DateTime value={r.startedAt} /> },
                { header: "Category", cell: (r) => label(r.category) },
                { header: "Organisation", cell: (r) => r.organizationName ?? WORDS.provider },
                {
                  header: "Selector",
                  cell: (r) => (
                    <>
                      <span className="block">{r.selector}</span>
                      <span className="block text-xs text-gray-600">
                        {WORDS.days(r.periodDays)} · before <DateTime value={r.cutoff} />
                      </span>
                    </>
                  ),
                },
                {
                  header: "Removed",
                  cell: (r) =>
                    r.error ? <span className="text-danger-800">{WORDS.failed(r.error)}</span> : r.removed,
                },
                { header: "Held", cell: (r) => r.held },
                {
                  header: "Time range",
                  cell: (r) =>
                    r.oldestAt && r.newestAt ? (
                      <>
                        <DateTime value={r.oldestAt} /> – <DateTime value={r.newestAt} />
                      </>
                    ) : (
                      "—"
                    ),
                },
                {
                  header: "SHA-256 of removed ids",
                  cell: (r) => <span className="font-mono text-xs break-all">{r.idsSha256}</span>,
                },
              ]}
              actionsLabel={WORDS.certificate}
              rowActions={(r) =>
                r.error ? null : (
                  // Plain links, never prefetched: every download is audited.
                  <span className="flex gap-3 whitespace-nowrap">
                    <a
                      className="font-medium underline"
                      download
                      href={`/admin/retention/runs/${r.id}/certificate?format=pdf`}
                      aria-label={WORDS.certificatePdf(label(r.category), r.organizationName)}
                    >
                      {WORDS.pdf}
                    </a>
                    <a
                      className="font-medium underline"
                      download
                      href={`/admin/retention/runs/${r.id}/certificate?format=json`}
                      aria-label={WORDS.certificateJson(label(r.category), r.organizationName)}
                    >
                      {WORDS.json}
                    </a>
                  </span>
                )
              }
            />
          </div>
        </Card>
      </div>
    </div>
  );
}
