"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/http/action";
import { Alert } from "./alert";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form's state around a server action (STYLE.md 23): the action to put on `<form action>`, whether it
 * is pending, the first error of a field (for FormField's `error`), and the last result.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const fieldError = (name: string): string | undefined =>
    state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  return { state, formAction, pending, fieldError };
}

/** The outcome of the last submit, announced politely: the success text, or what went wrong. */
export function FormResult<T>({
  state,
  success,
}: {
  state: ActionResult<T> | null;
  /** What to say when it worked; by default the action's own data when it is text. */
  success?: (data: T) => ReactNode;
}) {
  return (
    <div aria-live="polite">
      {state &&
        (state.ok ? (
          <Alert tone="success">{success ? success(state.data) : String(state.data)}</Alert>
        ) : (
          <Alert tone="danger">{state.message}</Alert>
        ))}
    </div>
  );
}
