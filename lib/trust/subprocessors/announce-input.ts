// The staff form "Announce a change": ADD (all details of the new subprocessor), REPLACE (details of
// the new one and which one stops), REMOVE (which one stops); an effective date; a note in English
// and German. Strict (S13): any field not listed here is refused.
import { z } from "zod";
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import { calendarDayInput } from "../../time/date-input.ts";
import { isCountryCode } from "./country.ts";
import { categoryLines, lineField, noteField, textField, websiteField } from "./form-fields.ts";

export type SubprocessorDetails = {
  name: string;
  purpose: string;
  purposeDe: string;
  dataCategories: string[];
  dataCategoriesDe: string[];
  location: string;
  country: string;
  transferMechanism: string;
  website: string;
  dpaReference: string;
};

type Common = { effectiveDate: Date; shorterNotice: boolean; note: string; noteDe: string };

export type AnnounceChange =
  | ({ type: "ADD"; details: SubprocessorDetails } & Common)
  | ({ type: "REPLACE"; details: SubprocessorDetails; stoppingId: string } & Common)
  | ({ type: "REMOVE"; stoppingId: string } & Common);

const required = (ctx: z.RefinementCtx, path: string, message: string) =>
  ctx.addIssue({ code: "custom", path: [path], message });

export const announceChangeInput = z
  .strictObject({
    type: z.enum(
      ["ADD", "REPLACE", "REMOVE"] satisfies SubprocessorChangeType[],
      "Choose what changes: add, replace or remove.",
    ),
    name: lineField(120, "the name"),
    purpose: textField(500, "the purpose"),
    purposeDe: textField(500, "the German purpose"),
    dataCategories: categoryLines,
    dataCategoriesDe: categoryLines,
    location: lineField(200, "the location"),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .max(2, "Use the two-letter ISO country code, e.g. DE.")
      .default(""),
    transferMechanism: lineField(200, "the transfer mechanism"),
    website: websiteField,
    dpaReference: lineField(200, "the DPA reference"),
    stoppingId: z.string().trim().max(64).default(""),
    effectiveDate: calendarDayInput({
      message: "Enter the effective date as a calendar date (YYYY-MM-DD).",
    }),
    shorterNotice: z
      .enum(["on"])
      .optional()
      .transform((value) => value === "on"),
    note: noteField,
    noteDe: noteField,
  })
  .superRefine((input, ctx) => {
    if (input.type !== "REMOVE") {
      if (!input.name) required(ctx, "name", "Enter the company name of the new subprocessor.");
      if (!input.purpose) required(ctx, "purpose", "Describe what the new subprocessor does for you.");
      if (input.dataCategories.length === 0)
        required(ctx, "dataCategories", "List at least one category of personal data, one per line.");
      if (!input.location) required(ctx, "location", "Enter where the data is processed (city or region).");
      if (!isCountryCode(input.country))
        required(ctx, "country", "Enter the two-letter ISO country code, e.g. DE or US.");
      if (!input.transferMechanism)
        required(ctx, "transferMechanism", "Enter the transfer mechanism, e.g. “EU/EEA – no transfer”.");
    }
    if (input.type !== "ADD" && !input.stoppingId)
      required(ctx, "stoppingId", "Choose the subprocessor that stops.");
  })
  .transform((input): AnnounceChange => {
    const common: Common = {
      effectiveDate: input.effectiveDate,
      shorterNotice: input.shorterNotice,
      note: input.note,
      noteDe: input.noteDe,
    };
    const details: SubprocessorDetails = {
      name: input.name,
      purpose: input.purpose,
      purposeDe: input.purposeDe,
      dataCategories: input.dataCategories,
      dataCategoriesDe: input.dataCategoriesDe,
      location: input.location,
      country: input.country,
      transferMechanism: input.transferMechanism,
      website: input.website,
      dpaReference: input.dpaReference,
    };
    if (input.type === "ADD") return { type: "ADD", details, ...common };
    if (input.type === "REPLACE")
      return { type: "REPLACE", details, stoppingId: input.stoppingId, ...common };
    return { type: "REMOVE", stoppingId: input.stoppingId, ...common };
  });
