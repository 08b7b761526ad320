// Test helpers for lib/dpa: publishing a version as staff do (particulars saved on the draft, then publish).
import type { Context } from "../context/context.ts";
import type { Locale } from "../i18n/locale.ts";
import { publishDocument, publishInput } from "../trust/policies/publish.ts";
import type { DpaParticulars } from "./particulars.ts";
import { saveDpaParticulars } from "./save-particulars.ts";
import { completeParticulars, dpaBody } from "./test-fixtures.ts";

export { completeParticulars, dpaBody };

/** Saves the particulars on the DPA's draft and publishes `body` (a content editor's or admin's context). */
export async function publishDpa(
  ctx: Context,
  options: { body?: string; locale?: Locale; particulars?: DpaParticulars; effectiveDate?: string } = {},
) {
  const locale = options.locale ?? "en";
  await saveDpaParticulars(ctx, { locale, particulars: options.particulars ?? completeParticulars() });
  return publishDocument(
    ctx,
    publishInput.parse({
      slug: "dpa",
      locale,
      title: "Data Processing Agreement",
      body: options.body ?? dpaBody(),
      effectiveDate: options.effectiveDate ?? "2026-03-01",
      changelog: "New version.",
    }),
  );
}
