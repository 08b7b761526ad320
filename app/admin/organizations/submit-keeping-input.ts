"use client";
// Submits a form to its action by hand, so a refused submit keeps what was typed (a form action resets
// the fields after every submit).
import { startTransition, type FormEvent } from "react";

export function submitKeepingInput(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
