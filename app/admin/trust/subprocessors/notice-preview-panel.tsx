"use client";

import { Badge, DataTable, DateTime } from "@/app/_ui";
import type { NoticePreview } from "@/lib/subprocessor-notices/notice-preview";
import { SUBPROCESSORS_CONSOLE_MESSAGES as M } from "./messages";

/** The notice as the first organisation reads it (EN and DE) and every organisation's recipients and window. */
export function NoticePreviewPanel({ preview }: { preview: NoticePreview }) {
  const first = preview.organizations[0];
  return (
    <section aria-label={M.previewTitle} className="space-y-4 rounded-md border border-gray-200 p-4">
      <h3 className="text-base font-semibold text-gray-900">{M.previewTitle}</h3>
      <p className="text-sm text-gray-600">{M.previewNote}</p>
      {preview.sample && first && (
        <div className="space-y-2">
          <h4 className="text-sm font-medium text-gray-900">{M.previewSample(first.name)}</h4>
          <div className="grid gap-3 lg:grid-cols-2">
            {(["en", "de"] as const).map((locale) => (
              <div key={locale} className="min-w-0" data-testid={`notice-preview-${locale}`}>
                <p className="text-sm font-medium [overflow-wrap:anywhere]">
                  {preview.sample![locale].subject}
                </p>
                <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap rounded bg-gray-50 p-2 text-xs [overflow-wrap:anywhere]">
                  {preview.sample![locale].text}
                </pre>
              </div>
            ))}
          </div>
        </div>
      )}
      <DataTable
        caption={M.previewRecipients}
        rows={preview.organizations}
        rowKey={(o) => o.id}
        empty={{ title: M.previewEmpty, description: "" }}
        columns={[
          { header: "Customer", rowHeader: true, cell: (o) => o.name },
          {
            header: "Mode",
            cell: (o) => (
              <Badge tone={o.mode === "GENERAL" ? "info" : "warning"}>
                {o.mode === "GENERAL" ? `General, ${o.noticeDays} days` : "Specific: approval needed"}
              </Badge>
            ),
          },
          {
            header: "Window ends (if delivered now)",
            cell: (o) => (o.earliestWindowEnd ? <DateTime value={o.earliestWindowEnd} /> : "—"),
          },
          {
            header: "Recipients",
            cell: (o) =>
              o.recipients.length === 0 ? (
                "none: portal only, so no window opens"
              ) : (
                <ul className="[overflow-wrap:anywhere]">
                  {o.recipients.map((r) => (
                    <li key={r.address}>
                      {r.address} ({r.locale.toUpperCase()})
                    </li>
                  ))}
                </ul>
              ),
          },
          { header: "Webhook", cell: (o) => (o.webhooks ? "yes" : "no") },
        ]}
      />
    </section>
  );
}
