import { Alert, DefinitionList } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import type { AccessRequestOutcome } from "@/lib/trust/access-requests/submit-request";
import { DOCUMENTS } from "../messages";

type Received = Extract<AccessRequestOutcome, { status: "received" }>;

/**
 * What the visitor sees once the request is sent: the thanks, the reference to quote, and what they
 * asked for (who, for which company, which documents and how far each got), as in the email.
 */
export function RequestConfirmation({ locale, outcome }: { locale: Locale; outcome: Received }) {
  const words = DOCUMENTS[locale].request;
  const confirmation = words.confirmation;
  const states = DOCUMENTS[locale].access.states;
  return (
    <div className="space-y-6">
      <Alert tone="success">{words.received}</Alert>
      <section aria-labelledby="confirmation-heading" className="space-y-3">
        <h2 id="confirmation-heading" className="text-lg font-semibold">
          {confirmation.heading}
        </h2>
        <DefinitionList
          items={[
            {
              term: confirmation.reference,
              description: (
                <>
                  <span className="font-mono text-base font-semibold">{outcome.reference}</span>
                  <span className="block text-gray-600">{confirmation.referenceHint}</span>
                </>
              ),
            },
            { term: confirmation.name, description: outcome.name },
            { term: confirmation.company, description: outcome.company },
            { term: confirmation.email, description: outcome.email },
            {
              term: confirmation.documents,
              description: (
                <ul className="space-y-1">
                  {outcome.documents.map((d) => (
                    <li key={d.title}>
                      {d.title}: <span className="text-gray-600">{states[d.state]}</span>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
