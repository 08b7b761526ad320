"use client";

import { TextArea } from "@/app/_ui";
import { NOTICE_MESSAGES } from "@/lib/incidents/notices/messages";

/**
 * One Art. 33(3) item of the draft: its name once (the article beside it), the text, and the “not yet
 * known” box, which disables the text (null is sent and a follow-up opens). The box shows “Not yet
 * known”; its accessible name adds the item (“Not yet known: likely consequences”).
 */
export function NoticeItemField({
  name,
  label,
  article,
  defaultValue,
  unknown,
  onUnknownChange,
  error,
}: {
  name: string;
  label: string;
  article: string;
  defaultValue: string;
  unknown: boolean;
  onUnknownChange: (unknown: boolean) => void;
  error?: string;
}) {
  const id = `notice-${name}`;
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="space-y-1.5 rounded-md border border-gray-200 p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm">
          <label htmlFor={id} className="font-medium text-gray-900">
            {label}
          </label>{" "}
          <span id={`${id}-article`} className="text-gray-600">
            {article}
          </span>
        </p>
        <label className="flex items-center gap-2 text-sm text-gray-800">
          <input
            type="checkbox"
            name={`${name}Unknown`}
            aria-label={`${NOTICE_MESSAGES.notYetKnown}: ${label.toLowerCase()}`}
            checked={unknown}
            onChange={(event) => onUnknownChange(event.target.checked)}
          />
          {NOTICE_MESSAGES.notYetKnown}
        </label>
      </div>
      <TextArea
        id={id}
        name={name}
        rows={3}
        maxLength={5000}
        defaultValue={defaultValue}
        disabled={unknown}
        aria-describedby={[`${id}-article`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </div>
  );
}
