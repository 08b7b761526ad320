"use client";
// Submits a form to its server action without React's automatic form reset, so after an answer the form
// still shows what was entered (a refused time can be corrected; a saved draft stays as saved, ticked
// boxes included). The form keeps `action={formAction}` for browsers without JavaScript.
import { useTransition, type FormEvent } from "react";

export function useSubmitWithoutReset(
  formAction: (data: FormData) => void,
  beforeSubmit?: () => void,
): (event: FormEvent<HTMLFormElement>) => void {
  const [, startTransition] = useTransition();
  return (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    beforeSubmit?.();
    startTransition(() => formAction(data));
  };
}
