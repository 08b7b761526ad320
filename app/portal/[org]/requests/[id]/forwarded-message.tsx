import { Card, DateTime, DefinitionList, UserText } from "@/app/_ui";
import type { DsrDetail } from "@/lib/dsr/detail";
import { REQUEST_DETAIL_MESSAGES as M } from "../messages";
import type { Words } from "./page";

/** A7/A8: what the data subject wrote to us, as they wrote it. */
export function ForwardedMessage({ detail, words: { t, locale } }: { detail: DsrDetail; words: Words }) {
  const message = detail.forwarded!;
  return (
    <Card title={t(M.forwardedTitle)}>
      {detail.status === "FORWARDED" && <p className="mb-4 text-sm text-gray-700">{t(M.forwardedText)}</p>}
      <DefinitionList
        items={[
          {
            term: t(M.forwardedAt),
            description: <DateTime value={message.receivedAt} locale={locale} />,
          },
          { term: t(M.forwardedName), description: <UserText>{message.name}</UserText> },
          { term: t(M.forwardedEmail), description: <UserText>{message.email}</UserText> },
          { term: t(M.forwardedCompany), description: <UserText>{message.company}</UserText> },
          message.message !== "" && {
            term: t(M.forwardedMessage),
            description: <span className="whitespace-pre-line">{message.message}</span>,
          },
        ]}
      />
    </Card>
  );
}
