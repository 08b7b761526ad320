// A controller's instruction for one data-subject request (S13: strict, every string bounded), the one
// schema the portal form (./request-form.ts), the CSV import (./csv-import.ts) and the API use. The subject
// is named by what the controller knows, and no more (A15): an email address and/or its own user id, at
// least one. The identity attestation is required: the controller verified who is asking (Art. 12(6)).
// A rectification carries its corrections (field -> new value); a restriction or objection its scope.
// Whether `receivedAt` lies in the future is checked by the domain with the caller's clock.
import { z } from "zod";
import { DsrType } from "../generated/prisma/enums.ts";
import { multiLineText } from "../text/multi-line.ts";
import { isSingleLine, singleLineText } from "../text/single-line.ts";
import { DSR_INPUT_MESSAGES as M } from "./messages.ts";

export const DSR_TYPES = Object.values(DsrType) as [DsrType, ...DsrType[]];
export const MAX_CORRECTIONS = 50;
const EARLIEST_RECEIPT = Date.UTC(2000, 0, 1);

/** "" and absent mean the same (forms and CSV send empty cells). */
const blankAsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const subjectEmail = z.preprocess(
  blankAsAbsent,
  z
    .string(M.subjectEmail.en)
    .trim()
    .toLowerCase()
    .max(254, M.subjectEmail.en)
    .pipe(z.email(M.subjectEmail.en))
    .optional(),
);

const externalId = z.preprocess(
  blankAsAbsent,
  singleLineText({ max: 200, label: "the user id", tooLong: M.externalIdTooLong.en }).optional(),
);

export const dsrSubjectInput = z
  .strictObject({ email: subjectEmail, externalId }, M.subjectMissing.en)
  .refine((subject) => subject.email !== undefined || subject.externalId !== undefined, M.subjectMissing.en);

export type DsrSubject = z.infer<typeof dsrSubjectInput>;

/** A field name: one line, 1 to 100 characters, no surrounding spaces. */
const isFieldName = (name: string) =>
  name.trim() === name && name.length >= 1 && name.length <= 100 && isSingleLine(name);

const correctionValue = z
  .string(M.correctionLine.en)
  .trim()
  .max(1000, M.correctionValue.en)
  .refine(isSingleLine, M.correctionValue.en);

export const dsrCorrectionsInput = z
  .record(z.string(), correctionValue)
  .refine((map) => Object.keys(map).every(isFieldName), M.correctionField.en)
  .refine((map) => Object.keys(map).length > 0, M.correctionsMissing.en)
  .refine((map) => Object.keys(map).length <= MAX_CORRECTIONS, M.tooManyCorrections.en);

const scope = z.preprocess(
  blankAsAbsent,
  multiLineText({ max: 2000, label: "the scope", tooLong: M.scopeTooLong.en }).optional(),
);

/** An ISO 8601 instant with its offset ("2026-03-05T10:00:00Z"), from 2000 on. */
export function receivedAtField(message: string = M.receivedAt.en) {
  return z.iso
    .datetime({ offset: true, error: message })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() >= EARLIEST_RECEIPT, M.receivedBefore2000.en);
}

/** The fields, without the rules across them (extend this, then apply `withTypeRules`). */
export const dsrRequestFields = z.strictObject({
  type: z.enum(DSR_TYPES, M.type.en),
  subject: dsrSubjectInput,
  receivedAt: receivedAtField(),
  instructionReference: singleLineText({
    max: 200,
    label: "your reference",
    tooLong: M.instructionReferenceTooLong.en,
  }).default(""),
  note: multiLineText({ max: 4000, label: "the note", tooLong: M.noteTooLong.en }).default(""),
  identityVerified: z.literal(true, M.attestation.en),
  corrections: z.preprocess((value) => (value === null ? undefined : value), dsrCorrectionsInput.optional()),
  scope,
});

type Fields = z.infer<typeof dsrRequestFields>;

/** Corrections only with a rectification (required there); a scope only with a restriction or objection. */
export function withTypeRules<S extends z.ZodType<Fields>>(schema: S) {
  return schema.superRefine((input, ctx) => {
    const rectification = input.type === "RECTIFICATION";
    const scoped = input.type === "RESTRICTION" || input.type === "OBJECTION";
    if (rectification && input.corrections === undefined)
      ctx.addIssue({ code: "custom", path: ["corrections"], message: M.correctionsMissing.en });
    if (!rectification && input.corrections !== undefined)
      ctx.addIssue({ code: "custom", path: ["corrections"], message: M.correctionsNotForType.en });
    if (scoped && input.scope === undefined)
      ctx.addIssue({ code: "custom", path: ["scope"], message: M.scopeMissing.en });
    if (!scoped && input.scope !== undefined)
      ctx.addIssue({ code: "custom", path: ["scope"], message: M.scopeNotForType.en });
  });
}

export const dsrRequestInput = withTypeRules(dsrRequestFields);

export type DsrRequestInput = z.output<typeof dsrRequestInput>;

/** What a request carries beyond the subject, sealed like it (DataSubjectRequest.detailsSealed). */
export type DsrDetails = { corrections: Record<string, string> } | { scope: string } | null;

export function detailsOf(input: Pick<DsrRequestInput, "corrections" | "scope">): DsrDetails {
  if (input.corrections !== undefined) return { corrections: input.corrections };
  if (input.scope !== undefined) return { scope: input.scope };
  return null;
}
