import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { DsrStatusBadge } from "@/app/_components/dsr-display";
import { Alert, buttonClassName, Card, PageHeader, ReaderTimeZoneName } from "@/app/_ui";
import { getRequest, type DsrDetail } from "@/lib/dsr/detail";
import { DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { cancelRequestAction, closeNotInstructedAction } from "../actions";
import { REQUEST_DETAIL_MESSAGES as M, REQUEST_FORM_MESSAGES as FORM } from "../messages";
import { RequestForm } from "../request-form";
import { typeOptions } from "../type-options";
import { Deadlines } from "./deadlines";
import { Facts } from "./facts";
import { ForwardedMessage } from "./forwarded-message";
import { Tasks } from "./tasks";
import { Timeline } from "./timeline";

export const generateMetadata = localizedTitle(M.pageTitle);

export type Words = { t: (text: Text) => string; locale: Locale };

/** Results the connector part serves for this request (dsr-connectors' routes), when the type and status fit. */
function resultLinks(detail: DsrDetail, base: string, t: Words["t"]) {
  const links: { href: string; label: string }[] = [];
  if ((detail.type === "ACCESS" || detail.type === "PORTABILITY") && detail.status === "COMPLETED")
    links.push({ href: `${base}/package`, label: t(M.package) });
  // Erasure, rectification, restriction and objection: what each system did, "provisional" until all answered.
  const certificate = (M.certificate as Partial<Record<string, Text>>)[detail.type];
  // The PDF, and the signed JSON it renders (verifiable with the trust center's published keys, ADR 0020).
  if (certificate && (detail.status === "IN_PROGRESS" || detail.status === "COMPLETED"))
    links.push(
      { href: `${base}/certificate`, label: t(certificate) },
      { href: `${base}/certificate?format=json`, label: t(M.signedCertificate) },
    );
  return links;
}

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ filed?: string }>;
}) {
  const { org, id } = await params;
  const { filed } = await searchParams;
  const { detail, locale } = await loadPage(async (ctx) => ({
    detail: await getRequest(ctx, org, id),
    locale: ctx.locale,
  }));
  const words: Words = { t: (text) => localize(text, locale), locale };
  const { t } = words;
  const slug = detail.organization.slug;
  const base = `/portal/${slug}/requests/${detail.id}`;
  const links = resultLinks(detail, base, t);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/portal/${slug}/requests`} className="text-brand-700 underline">
          {t(M.back)}
        </Link>
      </p>
      <PageHeader
        title={`${detail.reference}: ${t(DSR_TYPE_LABELS[detail.type])}`}
        description={<DsrStatusBadge status={detail.status} locale={locale} />}
        actions={links.map((link) => (
          <a
            key={link.href}
            href={link.href}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            {link.label}
          </a>
        ))}
      />
      {filed === "1" && detail.source !== "FORWARDED" && (
        <Alert tone="success">{t(M.filed(detail.reference))}</Alert>
      )}
      {detail.sameSubjectOpen.length > 0 && (
        <Alert tone="warning">
          {t(M.duplicate)}{" "}
          {detail.sameSubjectOpen.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ", "}
              <Link className="font-medium underline" href={`/portal/${slug}/requests/${other.id}`}>
                {other.reference}
              </Link>
            </span>
          ))}
        </Alert>
      )}
      {detail.declineReason !== null && (
        <Alert tone="danger" title={t(M.declined)}>
          <p className="whitespace-pre-line">
            <span className="font-medium">{t(M.declineReason)}:</span> {detail.declineReason}
          </p>
        </Alert>
      )}
      {detail.notInstructed && <Alert tone="info">{t(M.notInstructed)}</Alert>}
      {detail.forwarded && <ForwardedMessage detail={detail} words={words} />}
      {detail.status === "FORWARDED" && detail.canManage && (
        <Card title={t(FORM.instructTitle)}>
          <div className="space-y-6">
            <RequestForm
              slug={slug}
              locale={locale}
              types={typeOptions(locale)}
              instruct={{
                id: detail.id,
                type: detail.type,
                typeLabel: t(DSR_TYPE_LABELS[detail.type]),
                email: detail.subject?.email ?? "",
              }}
            />
            <ActionButton
              action={closeNotInstructedAction}
              fields={{ organization: slug, id: detail.id }}
              label={t(M.closeNotInstructed)}
              pendingLabel={t(M.closing)}
            />
          </div>
        </Card>
      )}
      <p className="text-sm text-gray-700">
        {t(M.timesIn)} <ReaderTimeZoneName />
      </p>
      <Facts detail={detail} words={words} />
      <Deadlines detail={detail} words={words} />
      <Tasks detail={detail} words={words} />
      <Timeline entries={detail.timeline} words={words} />
      {detail.cancellable && detail.canManage && (
        <Card title={t(M.cancelTitle)}>
          <p className="mb-4 text-sm text-gray-700">{t(M.cancelText)}</p>
          <ActionButton
            action={cancelRequestAction}
            fields={{ organization: slug, id: detail.id }}
            label={t(M.cancel)}
            pendingLabel={t(M.cancelling)}
            variant="danger"
          />
        </Card>
      )}
    </div>
  );
}
