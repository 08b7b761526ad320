"use client";
// CSV import in two steps: check the file (every row with its problems, nothing stored), then import
// exactly that file (all rows or none). Works without scripts: each step is a form posting to its action.
import { Alert, Button, DataTable, DateTime, FormField, Input, UserText } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import type { CsvRow } from "@/lib/dsr/csv-check";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { importAction, previewImportAction } from "../actions";
import { IMPORT_MESSAGES as M } from "../messages";

export function ImportForm({ slug, locale }: { slug: string; locale: Locale }) {
  const check = useActionForm(previewImportAction);
  const run = useActionForm(importAction);
  const t = (text: Text) => localize(text, locale);
  const preview = check.state?.ok ? check.state.data : null;
  const imported = run.state?.ok ? run.state.data : null;
  if (imported) return <Alert tone="success">{imported.message}</Alert>;
  const bad = preview ? preview.rows.filter((row) => row.problems.length > 0).length : 0;
  return (
    <div className="space-y-6">
      <form action={check.formAction} className="space-y-4" noValidate aria-label={t(M.check)}>
        {check.state && !check.state.ok && <FormResult state={check.state} />}
        <input type="hidden" name="organization" value={slug} />
        <FormField label={t(M.file)} id="import-file" error={check.fieldError("file") && t(M.noFile)}>
          <Input name="file" type="file" accept=".csv,text/csv" required />
        </FormField>
        <Button type="submit" disabled={check.pending}>
          {check.pending ? t(M.checking) : t(M.check)}
        </Button>
      </form>
      {preview && preview.fileProblems.length > 0 && (
        <Alert tone="danger" title={t(M.fileProblems)}>
          <ul className="list-disc pl-5">
            {preview.fileProblems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {preview && preview.rows.length > 0 && (
        <>
          <Alert tone={bad === 0 ? "success" : "danger"}>
            {bad === 0 ? t(M.summaryOk(preview.rows.length)) : t(M.summaryProblems(bad, preview.rows.length))}
          </Alert>
          <DataTable
            caption={t(M.previewCaption(preview.name))}
            rows={preview.rows}
            rowKey={(row) => String(row.line)}
            empty={{ title: "", description: "" }}
            columns={[
              { header: t(M.line), rowHeader: true, cell: (row) => String(row.line) },
              {
                header: t(M.problems),
                cell: (row) =>
                  row.problems.length === 0 ? (
                    <span className="text-success-800">{t(M.rowOk)}</span>
                  ) : (
                    <ul className="space-y-1 text-danger-800">
                      {row.problems.map((problem, i) => (
                        <li key={i}>
                          {problem.column && (
                            <span className="font-medium">{t(M.column(problem.column))} </span>
                          )}
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { header: t(M.type), cell: (row) => typeOf(row, locale) },
              { header: t(M.subject), cell: (row) => subjectOf(row) },
              {
                header: t(M.received),
                cell: (row) =>
                  row.request ? <DateTime value={new Date(row.request.receivedAt)} locale={locale} /> : "—",
              },
            ]}
          />
          {bad === 0 && (
            <form
              action={run.formAction}
              className="space-y-3"
              aria-label={t(M.importN(preview.rows.length))}
            >
              <FormResult state={run.state} />
              <input type="hidden" name="organization" value={slug} />
              <input type="hidden" name="csv" value={preview.text} />
              <input type="hidden" name="sha256" value={preview.sha256} />
              <Button type="submit" disabled={run.pending}>
                {run.pending ? t(M.importing) : t(M.importN(preview.rows.length))}
              </Button>
            </form>
          )}
        </>
      )}
    </div>
  );
}

function typeOf(row: CsvRow, locale: Locale) {
  return row.request ? localize(DSR_TYPE_LABELS[row.request.type], locale) : "—";
}

function subjectOf(row: CsvRow) {
  const subject = row.request?.subject;
  if (!subject) return "—";
  return <UserText>{[subject.email, subject.externalId].filter(Boolean).join(" · ")}</UserText>;
}
