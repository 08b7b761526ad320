import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { PortalBanner } from "../portal-banner";
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
    <PortalBanner
      testId="closing-banner"
      title={t(M.title)}
      link={owner ? { href: `/portal/${slug}/closure`, label: t(M.details) } : undefined}
    >
      <p>{t(M.body)}</p>
    </PortalBanner>
  );
}
