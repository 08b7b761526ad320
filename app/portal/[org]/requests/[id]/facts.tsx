import { Card, DateTime, DefinitionList, UserText } from "@/app/_ui";
import type { DsrDetail } from "@/lib/dsr/detail";
import { DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { REQUEST_DETAIL_MESSAGES as M } from "../messages";
import type { Words } from "./page";

/** Who the request is about (while it is open), what it asks, and the controller's instruction. */
export function Facts({ detail, words: { t, locale } }: { detail: DsrDetail; words: Words }) {
  const { subject, details } = detail;
  return (
    <Card title={t(M.factsTitle)}>
      <DefinitionList
        items={[
          { term: t(M.type), description: t(DSR_TYPE_LABELS[detail.type]) },
          { term: t(M.source), description: t(M.sources[detail.source]!) },
          subject
            ? {
                term: t(M.subject),
                description: (
                  <span className="space-y-1">
                    {subject.email && (
                      <span className="block">
                        {t(M.email)}: <UserText>{subject.email}</UserText>
                      </span>
                    )}
                    {subject.externalId && (
                      <span className="block">
                        {t(M.externalId)}: <UserText>{subject.externalId}</UserText>
                      </span>
                    )}
                  </span>
                ),
              }
            : { term: t(M.subject), description: t(M.subjectRemoved), muted: true },
          details &&
            "corrections" in details && {
              term: t(M.corrections),
              description: (
                <ul className="space-y-0.5">
                  {Object.entries(details.corrections).map(([field, value]) => (
                    <li key={field}>
                      <UserText className="font-mono">{field}</UserText>: <UserText>{value}</UserText>
                    </li>
                  ))}
                </ul>
              ),
            },
          details &&
            "scope" in details && {
              term: t(M.scope),
              description: <span className="whitespace-pre-line">{details.scope}</span>,
            },
          detail.instructionReference !== "" && {
            term: t(M.instructionReference),
            description: <UserText>{detail.instructionReference}</UserText>,
          },
          detail.note !== "" && {
            term: t(M.note),
            description: <span className="whitespace-pre-line">{detail.note}</span>,
          },
          {
            term: t(M.identity),
            muted: detail.identityAttestedAt === null,
            description: detail.identityAttestedAt ? (
              <span>
                {detail.filedBy ? t(M.attestedBy(detail.filedBy)) : t(M.attested)},{" "}
                <DateTime value={detail.identityAttestedAt} locale={locale} />
              </span>
            ) : (
              t(M.notYet)
            ),
          },
        ]}
      />
    </Card>
  );
}
