// The portal's request form, read into dsrRequestInput (./request-input.ts): flat fields as a form sends
// them, the received time as a wall-clock time in the zone the browser reports (sent with the form), the
// corrections as "field: new value" lines. Fields the chosen type does not use are dropped (the form
// shows them all before its scripts load). Field errors keep dsrRequestInput's names: `subject`,
// `receivedAt`, `corrections`, ...
import { z } from "zod";
import { isTimeZone } from "../incidents/deadline.ts";
import { wallTimeToUtc } from "../incidents/register/wall-time.ts";
import { DSR_INPUT_MESSAGES as M } from "./messages.ts";
import type { Locale } from "../i18n/locale.ts";
import { localizedSchema } from "../i18n/localized-schema.ts";
import type { Text } from "../i18n/text.ts";
import { dsrRequestFields, receivedAtField, withTypeRules } from "./request-input.ts";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** "field: new value" (or "field = new value") per line; a line without a separator has no value. */
export function parseCorrectionLines(value: string): Record<string, string | undefined> {
  const map: Record<string, string | undefined> = {};
  for (const line of value.split(/\r\n?|\n/)) {
    if (line.trim() === "") continue;
    const match = /^([^:=]*)[:=](.*)$/.exec(line);
    if (match) map[match[1]!.trim()] = match[2]!.trim();
    else map[line.trim()] = undefined;
  }
  return map;
}

/** A datetime-local value in `timeZone` as an ISO instant; anything else as it came (the schema refuses it). */
export function wallTimeAsInstant(wallTime: string, timeZone: string): string {
  if (!isTimeZone(timeZone)) return wallTime;
  return wallTimeToUtc(wallTime.trim(), timeZone)?.toISOString() ?? wallTime;
}

function fromForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const type = text(form.type);
  const corrections = text(form.corrections);
  const scope = text(form.scope);
  return {
    organization: form.organization,
    ...(form.id !== undefined ? { id: form.id } : {}),
    type: type === "" ? undefined : type,
    subject: { email: text(form.subjectEmail), externalId: text(form.subjectExternalId) },
    receivedAt: wallTimeAsInstant(text(form.receivedAt), text(form.timeZone) || "UTC"),
    instructionReference: text(form.instructionReference),
    note: text(form.note),
    identityVerified: form.identityVerified === "on" || form.identityVerified === "true",
    corrections:
      type === "RECTIFICATION"
        ? corrections.trim() === ""
          ? undefined
          : parseCorrectionLines(corrections)
        : undefined,
    scope: type === "RESTRICTION" || type === "OBJECTION" ? scope : undefined,
  };
}

function formFields(t: (text: Text) => string, locale: Locale) {
  return dsrRequestFields(t, locale).extend({
    organization: z.string().trim().min(1).max(80),
    receivedAt: receivedAtField(t(M.receivedAtForm), t(M.receivedBefore2000)),
  });
}

/** Filing a request from the portal form, in the reader's language. */
export const dsrRequestFormInput = localizedSchema((t, locale) =>
  z.preprocess(fromForm, withTypeRules(formFields(t, locale), t)),
);

/** Instructing a forwarded request (A7): the same fields, for the request `id` (its type is sent as it is stored). */
export const dsrInstructFormInput = localizedSchema((t, locale) =>
  z.preprocess(
    fromForm,
    withTypeRules(formFields(t, locale).extend({ id: z.string().trim().min(1).max(64) }), t),
  ),
);
