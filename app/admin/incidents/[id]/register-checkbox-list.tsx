"use client";

import { useState } from "react";

export type CheckboxChoice = { value: string; label: string; hint?: string };

/**
 * A labelled group of checkboxes posted as one comma-separated field (a form action receives one
 * value per field name).
 */
export function RegisterCheckboxList({
  name,
  legend,
  hint,
  choices,
  initial,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: CheckboxChoice[];
  initial: string[];
  error?: string;
}) {
  const [selected, setSelected] = useState<string[]>(initial);
  const toggle = (value: string, on: boolean) =>
    setSelected((current) => (on ? [...current, value] : current.filter((v) => v !== value)));
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      )}
      <input type="hidden" name={name} value={selected.join(",")} />
      <div className="grid gap-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-start gap-2 text-sm text-gray-900">
            <input
              type="checkbox"
              className="mt-0.5"
              checked={selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
            />
            <span>
              {choice.label}
              {choice.hint && <span className="block text-gray-600">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
