"use client";

import { useState } from "react";
import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { publishNdaAction } from "./actions";

export type NdaDraft = { locale: "en" | "de"; title: string; body: string };

/** Publishes a new NDA version; the fields start from the current text of the chosen language. */
export function PublishNdaForm({ drafts }: { drafts: NdaDraft[] }) {
  const { state, formAction, pending, fieldError } = useActionForm(publishNdaAction);
  const [locale, setLocale] = useState<NdaDraft["locale"]>(drafts[0]?.locale ?? "en");
  const draft = drafts.find((d) => d.locale === locale) ?? { locale, title: "", body: "" };
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Publish a new NDA version">
      <FormResult state={state} />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <FormField id="nda-locale" label="Language" error={fieldError("locale")}>
          <Select
            name="locale"
            value={locale}
            onChange={(event) => setLocale(event.target.value === "de" ? "de" : "en")}
          >
            <option value="en">English</option>
            <option value="de">German</option>
          </Select>
        </FormField>
        <FormField id="nda-title" label="Title" error={fieldError("title")}>
          <Input key={`title-${locale}`} name="title" defaultValue={draft.title} required maxLength={200} />
        </FormField>
      </div>
      <FormField
        id="nda-body"
        label="Agreement (Markdown)"
        hint="Published versions never change; visitors accept the newest version of their language (English when their language has none)."
        error={fieldError("body")}
      >
        <TextArea
          key={`body-${locale}`}
          name="body"
          rows={16}
          defaultValue={draft.body}
          required
          maxLength={50_000}
          className="font-mono"
        />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Publishing…" : "Publish new version"}
      </Button>
    </form>
  );
}
