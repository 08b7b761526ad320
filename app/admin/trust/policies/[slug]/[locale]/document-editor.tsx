"use client";
// The editor of one document in one language: title and Markdown on the left, the preview on the
// right rendered by the same renderer as the public page (lib/markdown/render.ts), a "Save draft"
// form and a "Publish" form that publishes exactly the text shown.
import { useDeferredValue, useState } from "react";
import { Alert, Badge, Button, Card, FormField, Input, Markdown, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { publishDocumentAction, saveDraftAction } from "../../actions";

export function DocumentEditor({
  slug,
  locale,
  languageName,
  initialTitle,
  initialBody,
  nextVersion,
  today,
  publicPath,
}: {
  slug: string;
  locale: Locale;
  languageName: string;
  initialTitle: string;
  initialBody: string;
  nextVersion: number;
  /** YYYY-MM-DD, the default effective date. */
  today: string;
  publicPath: string;
}) {
  const [title, setTitle] = useState(initialTitle);
  const [body, setBody] = useState(initialBody);
  const [saved, setSaved] = useState({ title: initialTitle, body: initialBody });
  const [effectiveDate, setEffectiveDate] = useState(today);
  const [changelog, setChangelog] = useState("");
  const preview = useDeferredValue(body);

  const {
    state: saveState,
    formAction: save,
    pending: saving,
    fieldError: saveError,
  } = useActionForm<string>(async (previous, form) => {
    const result = await saveDraftAction(previous, form);
    if (result.ok) setSaved({ title: String(form.get("title")), body: String(form.get("body")) });
    return result;
  });
  const {
    state: publishState,
    formAction: publish,
    pending: publishing,
    fieldError: publishError,
  } = useActionForm<string>(async (previous, form) => {
    const result = await publishDocumentAction(previous, form);
    if (result.ok) {
      setSaved({ title: String(form.get("title")), body: String(form.get("body")) });
      setChangelog("");
    }
    return result;
  });

  const unsaved = title !== saved.title || body !== saved.body;

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <form action={save} className="space-y-4" aria-label={`Draft (${languageName})`} noValidate>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="locale" value={locale} />
          <FormField label="Title" id="document-title" error={saveError("title")}>
            <Input
              name="title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={200}
              required
              lang={locale}
            />
          </FormField>
          <FormField
            label="Text (Markdown)"
            id="document-body"
            hint="Start sections with ## headings. Raw HTML is shown as text, not interpreted."
            error={saveError("body")}
          >
            {(control) => (
              <TextArea
                {...control}
                name="body"
                lang={locale}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                rows={28}
                spellCheck
                className="font-mono"
              />
            )}
          </FormField>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="secondary" disabled={saving}>
              {saving ? "Saving…" : "Save draft"}
            </Button>
            {unsaved ? <Badge tone="warning">Unsaved changes</Badge> : <Badge>All changes saved</Badge>}
          </div>
          <FormResult state={saveState} />
        </form>
        <section aria-labelledby="preview-heading" className="min-w-0 space-y-2">
          <h2 id="preview-heading" className="text-sm font-medium text-gray-900">
            Preview (as on the public page)
          </h2>
          <div
            data-testid="live-preview"
            lang={locale}
            className="max-h-[46rem] overflow-y-auto rounded-lg border border-gray-200 bg-white p-6"
          >
            <p className="mb-4 text-2xl font-semibold text-gray-900">{title}</p>
            <Markdown source={preview} />
          </div>
        </section>
      </div>
      <Card title={`Publish version ${nextVersion}`}>
        <form action={publish} className="space-y-4" noValidate aria-label={`Publish version ${nextVersion}`}>
          <p className="text-sm text-gray-700">
            Publishes the title and text above as version {nextVersion} of the {languageName} page at{" "}
            <code>{publicPath}</code>. Published versions cannot be changed; the public page, its history and
            the updates feed show it at once.
          </p>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="title" value={title} />
          <input type="hidden" name="body" value={body} />
          <div className="grid gap-4 md:grid-cols-[12rem_1fr]">
            <FormField
              label="Effective date"
              id="publish-effective-date"
              error={publishError("effectiveDate")}
            >
              <Input
                type="date"
                name="effectiveDate"
                min={DATE_INPUT_BOUNDS.minDay}
                max={DATE_INPUT_BOUNDS.maxDay}
                value={effectiveDate}
                onChange={(e) => setEffectiveDate(e.target.value)}
                required
              />
            </FormField>
            <FormField
              label="What changed"
              id="publish-changelog"
              hint={`One line for the version history (${changelog.length}/200).`}
              error={publishError("changelog")}
            >
              <Input
                name="changelog"
                value={changelog}
                onChange={(e) => setChangelog(e.target.value)}
                maxLength={200}
                required
              />
            </FormField>
          </div>
          {(publishError("body") || publishError("title")) && (
            <Alert tone="danger">{publishError("body") ?? publishError("title")}</Alert>
          )}
          <Button type="submit" disabled={publishing}>
            {publishing ? "Publishing…" : `Publish version ${nextVersion}`}
          </Button>
          <FormResult state={publishState} />
        </form>
      </Card>
    </div>
  );
}
