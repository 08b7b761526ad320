// The records of processing of one organisation (Art. 30(2); ADR 0031), shared by the portal page and the
// staff page: a date picker (a plain GET form), downloads, and each section of the record. Text people
// typed is shown as UserText; long words wrap at phone width.
import Link from "next/link";
import { Alert, ButtonLink, Card, DateTime, DefinitionList, FormField, Input, UserText } from "@/app/_ui";
import { RECORDS_PAGE_MESSAGES as M } from "@/app/portal/[org]/records/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import type { RecordsOfProcessing } from "@/lib/records-of-processing/records";

export function RecordsOfProcessingView({
  records,
  locale,
  base,
  downloadBase,
  date,
  badDate,
}: {
  records: RecordsOfProcessing;
  locale: Locale;
  /** The page's own path (the date form submits to it). */
  base: string;
  /** The downloads' path: `<downloadBase>/json|pdf?date=`. */
  downloadBase: string;
  date: string | null;
  badDate: boolean;
}) {
  const t = (text: Text) => localize(text, locale);
  const query = date ? `?date=${date}` : "";
  const list = (items: readonly string[]) =>
    items.length ? <UserText>{items.join(", ")}</UserText> : t(M.none);
  return (
    <div className="space-y-6">
      {badDate && <Alert tone="warning">{t(M.badDate)}</Alert>}
      <Card>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
          <form method="get" action={base} className="flex flex-wrap items-end gap-3">
            <FormField id="records-date" label={t(M.date)}>
              <Input name="date" type="date" defaultValue={date ?? ""} min="2000-01-01" />
            </FormField>
            <button type="submit" className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium">
              {t(M.show)}
            </button>
            {date && (
              <Link href={base} className="py-2 text-sm underline">
                {t(M.today)}
              </Link>
            )}
          </form>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`${downloadBase}/json${query}`} variant="secondary" size="sm" prefetch={false}>
              {t(M.downloadJson)}
            </ButtonLink>
            <ButtonLink href={`${downloadBase}/pdf${query}`} variant="secondary" size="sm" prefetch={false}>
              {t(M.downloadPdf)}
            </ButtonLink>
          </div>
        </div>
        <p className="mt-4 text-sm">
          {t(M.asOf)}: <DateTime value={records.asOf} locale={locale} />
        </p>
        {records.factsWithoutHistory.length > 0 && (
          <p className="mt-2 max-w-prose text-sm text-gray-600" data-testid="facts-without-history">
            {t(M.factsWithoutHistory(records.factsWithoutHistory.map((f) => t(M.facts[f])).join("; ")))}
          </p>
        )}
      </Card>
      <Card title={t(M.processor)} headingLevel={2}>
        <DefinitionList
          items={[
            {
              term: t(M.name),
              description: (
                <UserText>{`${records.processor.legalName} (${records.processor.name})`}</UserText>
              ),
            },
            { term: t(M.address), description: <UserText>{records.processor.address}</UserText> },
            {
              term: t(M.dpo),
              description: (
                <span className="break-words">
                  <UserText>{records.processor.dpo.name}</UserText> · {records.processor.dpo.email}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t(M.controller)} headingLevel={2}>
        <DefinitionList
          items={[
            { term: t(M.name), description: <UserText>{records.controller.name}</UserText> },
            {
              term: t(M.contacts),
              description: (
                <ul className="space-y-1">
                  {records.controller.contacts.map((c) => (
                    <li key={`${c.role}-${c.email}`} className="break-words">
                      <UserText>{c.name}</UserText> · {c.email} · {t(M.roles[c.role] ?? { en: c.role })}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              term: t(M.privacyContacts),
              description: (
                <span className="break-words">
                  {records.controller.privacyContacts.join(", ") || t(M.none)}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t(M.activities)} headingLevel={2}>
        {records.activities.length === 0 && <p className="text-sm text-gray-600">{t(M.noActivities)}</p>}
        <div className="space-y-5">
          {records.activities.map((a) => (
            <section key={a.activityId} className="space-y-2">
              <h3 className="font-semibold break-words">
                <UserText>{a.name}</UserText>{" "}
                <span className="font-normal text-gray-600">({t(M.version(a.version))})</span>
              </h3>
              <DefinitionList
                items={[
                  { term: t(M.purpose), description: <UserText>{a.purpose}</UserText> },
                  { term: t(M.processingCategories), description: list(a.processingCategories) },
                  { term: t(M.dataCategories), description: list(a.dataCategories) },
                  { term: t(M.dataSubjects), description: list(a.dataSubjectCategories) },
                  { term: t(M.systems), description: list(a.systems.map((s) => s.name)) },
                  { term: t(M.validFrom), description: <DateTime value={a.validFrom} locale={locale} /> },
                ]}
              />
            </section>
          ))}
        </div>
      </Card>
      <Card title={t(M.subprocessors)} headingLevel={2}>
        {records.subprocessors.length === 0 && (
          <p className="text-sm text-gray-600">{t(M.noSubprocessors)}</p>
        )}
        <div className="space-y-5">
          {records.subprocessors.map((s) => (
            <section key={s.name} className="space-y-2">
              <h3 className="font-semibold break-words">
                <UserText>{s.name}</UserText>
              </h3>
              <DefinitionList
                items={[
                  { term: t(M.purpose), description: <UserText>{s.purpose}</UserText> },
                  { term: t(M.dataCategories), description: list(s.dataCategories) },
                  { term: t(M.location), description: <UserText>{`${s.location}, ${s.country}`}</UserText> },
                  { term: t(M.transfer), description: <UserText>{s.transferMechanism}</UserText> },
                  { term: t(M.since), description: s.activeFrom },
                ]}
              />
            </section>
          ))}
        </div>
      </Card>
      <Card title={t(M.dpa)} headingLevel={2}>
        {!records.dpa ? (
          <p className="text-sm text-gray-600">{t(M.noDpa)}</p>
        ) : (
          <DefinitionList
            items={[
              {
                term: t(M.dpa),
                description:
                  records.dpa.kind === "standard" ? (
                    t(M.standardDpa(records.dpa.version))
                  ) : (
                    <>
                      {t(M.negotiatedDpa)}: <UserText>{records.dpa.title}</UserText>
                    </>
                  ),
              },
              records.dpa.kind === "standard" && {
                term: t(M.acceptedAt),
                description: (
                  <>
                    <DateTime value={records.dpa.acceptedAt} locale={locale} /> ·{" "}
                    <UserText>{records.dpa.signatoryName}</UserText>
                  </>
                ),
              },
              {
                term: "SHA-256",
                description: <code className="font-mono text-xs break-all">{records.dpa.sha256}</code>,
              },
            ]}
          />
        )}
      </Card>
      <Card title={t(M.toms)} headingLevel={2}>
        {!records.securityMeasures ? (
          <p className="text-sm text-gray-600">{t(M.noToms)}</p>
        ) : (
          <DefinitionList
            items={[
              {
                term: t(M.toms),
                description: (
                  <>
                    <UserText>{records.securityMeasures.title}</UserText> (
                    {t(M.version(records.securityMeasures.version))})
                  </>
                ),
              },
              {
                term: t(M.published),
                description: <DateTime value={records.securityMeasures.publishedAt} locale={locale} />,
              },
              {
                term: "SHA-256",
                description: (
                  <code className="font-mono text-xs break-all">{records.securityMeasures.sha256}</code>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
