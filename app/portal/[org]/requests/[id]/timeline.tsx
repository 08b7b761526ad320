import { DateTime, UserText } from "@/app/_ui";
import type { TimelineEntry } from "@/lib/dsr/timeline";
import { REQUEST_DETAIL_MESSAGES as M } from "../messages";
import type { Words } from "./page";

/** The request's events from the audit log, oldest first. */
export function Timeline({ entries, words: { t, locale } }: { entries: TimelineEntry[]; words: Words }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t(M.timelineTitle)}
      </h2>
      <ol className="space-y-2 border-l-2 border-gray-200 pl-4 text-sm">
        {entries.map((entry, i) => (
          <li key={i}>
            <DateTime value={entry.at} locale={locale} />
            {" — "}
            <span className="font-medium">{t(entry.label)}</span>{" "}
            <span className="text-gray-600">
              (<UserText>{t(entry.actor)}</UserText>)
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
