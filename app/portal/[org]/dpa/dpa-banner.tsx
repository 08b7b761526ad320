import { pendingDpaVersion } from "@/lib/dpa/portal-view";
import { loadPage } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { PortalBanner } from "../portal-banner";
import { DPA_BANNER_MESSAGES as M } from "./messages";

/**
 * While the organisation has not accepted the current DPA version (and no negotiated DPA binds it), every
 * portal page says so, with the link to read and accept it (GDPR.md D3; ADR 0029).
 */
export async function DpaBanner({ slug, locale }: { slug: string; locale: Locale }) {
  const version = await loadPage((ctx) => pendingDpaVersion(ctx, slug));
  if (version === null) return null;
  const t = (text: Text) => localize(text, locale);
  return (
    <PortalBanner
      testId="dpa-banner"
      title={t(M.title(version))}
      link={{ href: `/portal/${slug}/dpa`, label: t(M.link) }}
    >
      <p>{t(M.body)}</p>
    </PortalBanner>
  );
}
