import Link from "next/link";
import { Alert } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { CLOSING_BANNER_MESSAGES as M } from "./messages";

/** While the organisation is being closed, every portal page says it is read-only (D4). */
export function ClosingBanner({
  slug,
  closing,
  owner,
  locale,
}: {
  slug: string;
  closing: boolean;
  owner: boolean;
  locale: Locale;
}) {
  if (!closing) return null;
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="mb-6" data-testid="closing-banner">
      <Alert tone="warning" title={t(M.title)}>
        <p>{t(M.body)}</p>
        {owner && (
          <p className="mt-2">
            <Link className="font-medium underline" href={`/portal/${slug}/closure`}>
              {t(M.details)}
            </Link>
          </p>
        )}
      </Alert>
    </div>
  );
}
