"use client";

import { Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { respondToNoticeAction } from "./actions";
import { SUBPROCESSOR_PAGE_MESSAGES as M } from "./messages";

type Answer = "object" | "accept" | "approve" | "refuse";

/** Object or accept (general), approve or refuse (specific); a reason for objecting or refusing. */
export function AnswerForm(props: {
  slug: string;
  noticeId: string;
  name: string;
  answers: Answer[];
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, props.locale);
  const { state, formAction, pending, fieldError } = useActionForm(respondToNoticeAction);
  const reasonId = `reason-${props.noticeId}`;
  return (
    <form action={formAction} className="space-y-3" aria-label={t(M.answerLabel(props.name))} noValidate>
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="noticeId" value={props.noticeId} />
      <FormField id={reasonId} label={t(M.reason)} hint={t(M.reasonHint)} error={fieldError("reason")}>
        <TextArea name="reason" rows={3} maxLength={2000} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        {props.answers.map((answer) => (
          <Button
            key={answer}
            type="submit"
            name="answer"
            value={answer}
            variant={answer === "object" || answer === "refuse" ? "secondary" : "primary"}
            disabled={pending}
          >
            {pending ? t(M.sending) : t(M[answer])}
          </Button>
        ))}
      </div>
      <FormResult state={state} />
    </form>
  );
}
