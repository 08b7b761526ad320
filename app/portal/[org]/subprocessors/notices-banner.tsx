import { DateTime } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { openNoticesBanner } from "@/lib/subprocessor-notices/open-notices";
import { PortalBanner } from "../portal-banner";
import { SUBPROCESSOR_BANNER_MESSAGES as M } from "./messages";

/**
 * While subprocessor notices await the organisation's answer, every portal page tells those who may answer
 * (owners, admins, privacy officers; not while the organisation is being closed) how many, when the first
 * objection window closes, and where to answer (GDPR.md C2; ADR 0030).
 */
export async function SubprocessorNoticesBanner({ slug, locale }: { slug: string; locale: Locale }) {
  const open = await loadPage((ctx) => openNoticesBanner(ctx, slug));
  if (open === null) return null;
  const t = (text: Text) => localize(text, locale);
  return (
    <PortalBanner
      testId="subprocessor-notices-banner"
      title={t(M.title(open.count))}
      link={{ href: `/portal/${slug}/subprocessors`, label: t(M.link) }}
    >
      <p>{t(M.body)}</p>
      {open.earliestWindowEnd && (
        <p className="mt-2">
          {t(M.earliestWindowEnd)} <DateTime value={open.earliestWindowEnd} locale={locale} />
        </p>
      )}
    </PortalBanner>
  );
}
