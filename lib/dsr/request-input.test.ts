import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodParseOptions } from "../i18n/localized-schema.ts";
import { DSR_INPUT_MESSAGES as M } from "./messages.ts";
import { dsrRequestFormInput as formInputIn, parseCorrectionLines } from "./request-form.ts";
import { detailsOf, dsrRequestInput, dsrRequestInputIn } from "./request-input.ts";

const dsrRequestFormInput = formInputIn("en");

const valid = {
  type: "ACCESS",
  subject: { email: "Anna@Example.com " },
  receivedAt: "2026-03-05T10:00:00Z",
  identityVerified: true,
};

const errors = (input: unknown) => {
  const result = dsrRequestInput.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("dsrRequestInput (A15, A7)", () => {
  it("A15 a minimal request: type, one identifier, receipt, attestation; the email is normalised", () => {
    const parsed = dsrRequestInput.parse(valid);
    expect(parsed).toEqual({
      type: "ACCESS",
      subject: { email: "anna@example.com" },
      receivedAt: new Date("2026-03-05T10:00:00Z"),
      instructionReference: "",
      note: "",
      identityVerified: true,
    });
    expect(detailsOf(parsed)).toBeNull();
  });

  it("A15 at least one identifier; empty strings count as absent; the user id alone is enough", () => {
    expect(errors({ ...valid, subject: {} }).subject).toEqual([M.subjectMissing.en]);
    expect(errors({ ...valid, subject: { email: " ", externalId: "" } }).subject).toEqual([
      M.subjectMissing.en,
    ]);
    expect(dsrRequestInput.parse({ ...valid, subject: { externalId: "cust-4711" } }).subject).toEqual({
      externalId: "cust-4711",
    });
    expect(errors({ ...valid, subject: { email: "not-an-address" } }).subject).toEqual([M.subjectEmail.en]);
  });

  it("A15 nothing beyond the identifiers: unknown subject fields are refused", () => {
    expect(errors({ ...valid, subject: { email: "a@example.com", name: "Anna" } }).subject).toBeDefined();
  });

  it("A1 receivedAt is an ISO 8601 instant with its zone, not before 2000", () => {
    expect(dsrRequestInput.parse({ ...valid, receivedAt: "2026-03-05T11:00:00+01:00" }).receivedAt).toEqual(
      new Date("2026-03-05T10:00:00Z"),
    );
    expect(errors({ ...valid, receivedAt: "2026-03-05T10:00:00" }).receivedAt).toEqual([M.receivedAt.en]);
    expect(errors({ ...valid, receivedAt: "5 March 2026" }).receivedAt).toEqual([M.receivedAt.en]);
    expect(errors({ ...valid, receivedAt: "1999-12-31T23:59:59Z" }).receivedAt).toEqual([
      M.receivedBefore2000.en,
    ]);
  });

  it("A7 the identity attestation is required", () => {
    expect(errors({ ...valid, identityVerified: false }).identityVerified).toEqual([M.attestation.en]);
    expect(errors({ ...valid, identityVerified: undefined }).identityVerified).toEqual([M.attestation.en]);
  });

  it("rectification carries a non-empty map of corrections; other types none", () => {
    const rectification = { ...valid, type: "RECTIFICATION", corrections: { last_name: "Schmidt" } };
    const parsed = dsrRequestInput.parse(rectification);
    expect(detailsOf(parsed)).toEqual({ corrections: { last_name: "Schmidt" } });
    expect(errors({ ...valid, type: "RECTIFICATION" }).corrections).toEqual([M.correctionsMissing.en]);
    expect(errors({ ...valid, type: "RECTIFICATION", corrections: {} }).corrections).toEqual([
      M.correctionsMissing.en,
    ]);
    expect(errors({ ...valid, corrections: { last_name: "Schmidt" } }).corrections).toEqual([
      M.correctionsNotForType.en,
    ]);
    expect(errors({ ...rectification, corrections: { " ": "x" } }).corrections).toEqual([
      M.correctionField.en,
    ]);
    expect(errors({ ...rectification, corrections: { city: "a\nb" } }).corrections).toEqual([
      M.correctionValue.en,
    ]);
  });

  it("restriction and objection carry a scope; other types none", () => {
    const restriction = { ...valid, type: "RESTRICTION", scope: "Marketing data only." };
    expect(detailsOf(dsrRequestInput.parse(restriction))).toEqual({ scope: "Marketing data only." });
    expect(errors({ ...valid, type: "OBJECTION" }).scope).toEqual([M.scopeMissing.en]);
    expect(errors({ ...valid, type: "OBJECTION", scope: "  " }).scope).toEqual([M.scopeMissing.en]);
    expect(errors({ ...valid, scope: "x" }).scope).toEqual([M.scopeNotForType.en]);
  });

  it("an unknown type and unknown top-level fields are refused", () => {
    expect(errors({ ...valid, type: "DELETE" }).type).toEqual([M.type.en]);
    expect(dsrRequestInput.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });

  it("S25 the reference and the note are plain text", () => {
    expect(errors({ ...valid, instructionReference: "T-1\nBcc: x" }).instructionReference).toBeDefined();
    expect(dsrRequestInput.parse({ ...valid, note: "Line one\nLine two" }).note).toBe("Line one\nLine two");
  });
});

describe("the portal form's fields", () => {
  const form = {
    organization: "acme",
    type: "RECTIFICATION",
    subjectEmail: "anna@example.com",
    subjectExternalId: "",
    receivedAt: "2026-03-05T23:30",
    timeZone: "Europe/Berlin",
    instructionReference: "TICKET-7",
    note: "",
    identityVerified: "on",
    corrections: "last_name: Schmidt\ncity = Köln\n\n",
    scope: "left over from before the type changed",
  };

  it("A1 the received time is read in the browser's zone (23:30 in Berlin is 22:30 UTC)", () => {
    const parsed = dsrRequestFormInput.parse(form);
    expect(parsed.receivedAt).toEqual(new Date("2026-03-05T22:30:00Z"));
    expect(parsed.organization).toBe("acme");
    expect(parsed.corrections).toEqual({ last_name: "Schmidt", city: "Köln" });
    expect(parsed.scope).toBeUndefined();
  });

  it("an unticked attestation and an empty time name their fields", () => {
    const result = dsrRequestFormInput.safeParse({ ...form, identityVerified: undefined, receivedAt: "" });
    expect(result.success).toBe(false);
    const fields = z.flattenError(result.error!).fieldErrors as Record<string, string[]>;
    expect(fields.identityVerified).toEqual([M.attestation.en]);
    expect(fields.receivedAt).toEqual([M.receivedAtForm.en]);
  });

  it("a correction line without a separator is refused", () => {
    expect(parseCorrectionLines("last_name Schmidt")).toEqual({ "last_name Schmidt": undefined });
    const result = dsrRequestFormInput.safeParse({ ...form, corrections: "last_name Schmidt" });
    expect(z.flattenError(result.error!).fieldErrors).toMatchObject({ corrections: [M.correctionLine.en] });
  });
});

describe("field errors in German", () => {
  const german = (input: unknown) => {
    const result = dsrRequestInputIn("de").safeParse(input, zodParseOptions("de"));
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  };

  it("the schema built for a German reader refuses in German", () => {
    expect(german({ ...valid, identityVerified: false }).identityVerified).toEqual([M.attestation.de]);
    expect(german({ ...valid, subject: {} }).subject).toEqual([M.subjectMissing.de]);
    expect(
      formInputIn("de")
        .safeParse({ type: "ACCESS", organization: "acme" })
        .error?.issues.map((i) => i.message),
    ).toContain(M.receivedAtForm.de);
  });

  it("every input message has a German text", () => {
    for (const text of Object.values(M)) expect(text.de).toBeTruthy();
  });

  it("S25 a text-rule refusal is German too", () => {
    expect(german({ ...valid, instructionReference: "a\u202Eb" }).instructionReference?.[0]).toMatch(
      /Zeichen/,
    );
  });
});
