import { NOTICE_ITEMS, type NoticeItemValues } from "@/lib/incidents/notices/items";
import { NOTICE_MESSAGES } from "@/lib/incidents/notices/messages";

/** The Art. 33(3) items of one phase as the customer's portal shows them. */
export function NoticePhaseView({ summary, items }: { summary: string; items: NoticeItemValues }) {
  return (
    <div className="space-y-3 text-sm">
      {summary && <p className="whitespace-pre-line text-gray-900">{summary}</p>}
      <dl className="grid gap-3 sm:grid-cols-2">
        {NOTICE_ITEMS.map(({ key, label, article }) => (
          <div key={key}>
            <dt className="font-medium text-gray-900">
              {label} <span className="font-normal text-gray-600">({article})</span>
            </dt>
            <dd className="whitespace-pre-line text-gray-800">
              {items[key] === null ? <em>{NOTICE_MESSAGES.notYetKnown}</em> : items[key]}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
