import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { EXPORT_PAGE_MESSAGES as M } from "./messages";

/** How far an export is: a bar (role progressbar, the percentage) and the rows written in words. */
export function ProgressBar({ done, total, locale }: { done: number; total: number; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <div className="min-w-40 space-y-1">
      <div
        role="progressbar"
        aria-label={t(M.progress)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded bg-gray-200"
      >
        <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-gray-600">
        {percent} %{total > 0 && <> · {t(M.rows(done, total))}</>}
      </p>
    </div>
  );
}
