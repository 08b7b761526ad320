"use client";

import { Button, FormField, Input, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { CLAUSE_LABELS, PARTICULAR_LABELS } from "@/lib/dpa/messages";
import { DPA_CLAUSES, PARTICULAR_FIELDS, type DpaParticulars } from "@/lib/dpa/particulars";
import type { Locale } from "@/lib/i18n/locale";
import { saveDpaParticularsAction } from "../../dpa-actions";

/**
 * The DPA's Art. 28(3) particulars on its draft (GDPR.md D1/D2): the six facts of the processing, and for
 * each clause (a)-(h) the heading of the text where it is (its id, as in /dpa#4-instructions-of-the-controller).
 * A version is published only when all are filled in and every clause points at a heading of its text.
 */
export function DpaParticularsForm({
  locale,
  particulars,
  headings,
  problems,
}: {
  locale: Locale;
  particulars: DpaParticulars;
  headings: string[];
  problems: string | null;
}) {
  const { state, formAction, pending } = useActionForm(saveDpaParticularsAction);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <section
      aria-labelledby="dpa-particulars-heading"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
    >
      <h2 id="dpa-particulars-heading" className="text-lg font-semibold text-gray-900">
        Art. 28(3) particulars
      </h2>
      <p className="text-sm text-gray-700">
        Required to publish a DPA version; shown on the public DPA page and in its PDF. Write them in this
        language. Each clause (a)-(h) points at a heading of the text by its id.
      </p>
      {problems && (
        <p className="text-sm text-warning-800" data-testid="dpa-particulars-problems">
          {problems}
        </p>
      )}
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="space-y-4"
        aria-label="Art. 28(3) particulars"
        noValidate
      >
        <input type="hidden" name="locale" value={locale} />
        {PARTICULAR_FIELDS.map((field) => (
          <FormField key={field} label={PARTICULAR_LABELS[field].en} id={`dpa-${field}`}>
            <TextArea name={field} rows={2} defaultValue={particulars[field]} />
          </FormField>
        ))}
        <datalist id="dpa-headings">
          {headings.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <div className="grid gap-4 sm:grid-cols-2">
          {DPA_CLAUSES.map((clause) => (
            <FormField
              key={clause}
              label={`(${clause}) ${CLAUSE_LABELS[clause].en}`}
              id={`dpa-clause-${clause}`}
            >
              <Input
                name={`clause_${clause}`}
                list="dpa-headings"
                defaultValue={particulars.clauses[clause]}
                className="font-mono"
                spellCheck={false}
              />
            </FormField>
          ))}
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save particulars"}
        </Button>
        <FormResult state={state} />
      </form>
    </section>
  );
}
