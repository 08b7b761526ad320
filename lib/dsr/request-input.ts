// A controller's instruction for one data-subject request (S13: strict, every string bounded), the one
// schema the portal form (./request-form.ts), the CSV import (./csv-check.ts) and the API use. The subject
// is named by what the controller knows, and no more (A15): an email address and/or its own user id, at
// least one. The identity attestation is required: the controller verified who is asking (Art. 12(6)).
// A rectification carries its corrections (field -> new value); a restriction or objection its scope.
// Whether `receivedAt` lies in the future is checked by the domain with the caller's clock.
// Built per language from lib/dsr/messages.ts (lib/i18n/localized-schema.ts): `dsrRequestInputIn(locale)`
// for readers, `dsrRequestInput` (English) for the API and its OpenAPI document.
import { z } from "zod";
import { DsrType } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import { localizedSchema } from "../i18n/localized-schema.ts";
import type { Text } from "../i18n/text.ts";
import { multiLineText } from "../text/multi-line.ts";
import { isSingleLine, singleLineText } from "../text/single-line.ts";
import { DSR_INPUT_MESSAGES as M } from "./messages.ts";

export const DSR_TYPES = Object.values(DsrType) as [DsrType, ...DsrType[]];
export const MAX_CORRECTIONS = 50;
const EARLIEST_RECEIPT = Date.UTC(2000, 0, 1);

type Words = (text: Text) => string;

/** "" and absent mean the same (forms and CSV send empty cells). */
const blankAsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A field name: one line, 1 to 100 characters, no surrounding spaces. */
const isFieldName = (name: string) =>
  name.trim() === name && name.length >= 1 && name.length <= 100 && isSingleLine(name);

function subjectInput(t: Words, locale: Locale) {
  const email = z.preprocess(
    blankAsAbsent,
    z
      .string(t(M.subjectEmail))
      .trim()
      .toLowerCase()
      .max(254, t(M.subjectEmail))
      .pipe(z.email(t(M.subjectEmail)))
      .optional(),
  );
  const externalId = z.preprocess(
    blankAsAbsent,
    singleLineText({ max: 200, label: "the user id", tooLong: t(M.externalIdTooLong), locale }).optional(),
  );
  return z
    .strictObject({ email, externalId }, t(M.subjectMissing))
    .refine(
      (subject) => subject.email !== undefined || subject.externalId !== undefined,
      t(M.subjectMissing),
    );
}

export type DsrSubject = { email?: string; externalId?: string };

function correctionsInput(t: Words) {
  const value = z
    .string(t(M.correctionLine))
    .trim()
    .max(1000, t(M.correctionValue))
    .refine(isSingleLine, t(M.correctionValue));
  return z
    .record(z.string(), value)
    .refine((map) => Object.keys(map).every(isFieldName), t(M.correctionField))
    .refine((map) => Object.keys(map).length > 0, t(M.correctionsMissing))
    .refine((map) => Object.keys(map).length <= MAX_CORRECTIONS, t(M.tooManyCorrections));
}

/** An ISO 8601 instant with its offset ("2026-03-05T10:00:00Z"), from 2000 on. */
export function receivedAtField(message: string, before2000: string) {
  return z.iso
    .datetime({ offset: true, error: message })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() >= EARLIEST_RECEIPT, before2000);
}

/** The fields in a language, without the rules across them (extend this, then apply `withTypeRules`). */
export function dsrRequestFields(t: Words, locale: Locale) {
  return z.strictObject({
    type: z.enum(DSR_TYPES, t(M.type)),
    subject: subjectInput(t, locale),
    receivedAt: receivedAtField(t(M.receivedAt), t(M.receivedBefore2000)),
    instructionReference: singleLineText({
      max: 200,
      label: "your reference",
      tooLong: t(M.instructionReferenceTooLong),
      locale,
    }).default(""),
    note: multiLineText({ max: 4000, label: "the note", tooLong: t(M.noteTooLong) }).default(""),
    identityVerified: z.literal(true, t(M.attestation)),
    corrections: z.preprocess(
      (value) => (value === null ? undefined : value),
      correctionsInput(t).optional(),
    ),
    scope: z.preprocess(
      blankAsAbsent,
      multiLineText({ max: 2000, label: "the scope", tooLong: t(M.scopeTooLong) }).optional(),
    ),
  });
}

type Fields = z.infer<ReturnType<typeof dsrRequestFields>>;

/** Corrections only with a rectification (required there); a scope only with a restriction or objection. */
export function withTypeRules<S extends z.ZodType<Fields>>(schema: S, t: Words) {
  return schema.superRefine((input, ctx) => {
    const rectification = input.type === "RECTIFICATION";
    const scoped = input.type === "RESTRICTION" || input.type === "OBJECTION";
    if (rectification && input.corrections === undefined)
      ctx.addIssue({ code: "custom", path: ["corrections"], message: t(M.correctionsMissing) });
    if (!rectification && input.corrections !== undefined)
      ctx.addIssue({ code: "custom", path: ["corrections"], message: t(M.correctionsNotForType) });
    if (scoped && input.scope === undefined)
      ctx.addIssue({ code: "custom", path: ["scope"], message: t(M.scopeMissing) });
    if (!scoped && input.scope !== undefined)
      ctx.addIssue({ code: "custom", path: ["scope"], message: t(M.scopeNotForType) });
  });
}

/** The request input in the reader's language. */
export const dsrRequestInputIn = localizedSchema((t, locale) =>
  withTypeRules(dsrRequestFields(t, locale), t),
);

/** The request input in English: the controller API and its OpenAPI document. */
export const dsrRequestInput = dsrRequestInputIn("en");

export type DsrRequestInput = z.output<typeof dsrRequestInput>;

/** What a request carries beyond the subject, sealed like it (DataSubjectRequest.detailsSealed). */
export type DsrDetails = { corrections: Record<string, string> } | { scope: string } | null;

export function detailsOf(input: Pick<DsrRequestInput, "corrections" | "scope">): DsrDetails {
  if (input.corrections !== undefined) return { corrections: input.corrections };
  if (input.scope !== undefined) return { scope: input.scope };
  return null;
}
