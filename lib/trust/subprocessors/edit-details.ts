import "server-only";
// Corrections that do not change who processes what, where: purpose wording, German texts, website,
// DPA reference. Audited field by field; nobody is emailed (a real change is announced instead).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { categoryLines, lineField, recordId, textField, websiteField } from "./form-fields.ts";
import { trackFacts } from "../../records-of-processing/fact-history.ts";

export const editDetailsInput = z.strictObject({
  subprocessorId: recordId,
  purpose: textField(500, "the purpose").refine(
    (value) => value !== "",
    "Describe what the subprocessor does for you.",
  ),
  purposeDe: textField(500, "the German purpose"),
  dataCategoriesDe: categoryLines,
  website: websiteField,
  dpaReference: lineField(200, "the DPA reference"),
});
export type EditDetailsInput = z.infer<typeof editDetailsInput>;

type EditableField = Exclude<keyof EditDetailsInput, "subprocessorId">;
const EDITABLE: readonly EditableField[] = [
  "purpose",
  "purposeDe",
  "dataCategoriesDe",
  "website",
  "dpaReference",
];

/** The subprocessor's name and the fields that changed (none: nothing was written). */
export type EditDetailsResult = { name: string; changed: EditableField[] };

export async function editSubprocessorDetails(
  ctx: Context,
  input: EditDetailsInput,
): Promise<EditDetailsResult> {
  const { actor } = await authorizeStaff(ctx, "trust.subprocessors.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.subprocessor.findUnique({
      where: { id: input.subprocessorId },
      select: {
        id: true,
        name: true,
        purpose: true,
        purposeDe: true,
        dataCategoriesDe: true,
        website: true,
        dpaReference: true,
      },
    });
    if (!before) throw new AppError("not_found");
    const changed = EDITABLE.filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(input[field]),
    );
    if (changed.length === 0) return { name: before.name, changed };
    const data = Object.fromEntries(changed.map((field) => [field, input[field]]));
    await trackFacts(tx, [{ kind: "SUBPROCESSOR", subprocessorId: before.id }], ctx.clock.now(), () =>
      tx.subprocessor.update({ where: { id: before.id }, data }),
    );
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.subprocessor.details_edited",
        target: { type: "Subprocessor", id: before.id },
        request: ctx.request,
        metadata: {
          name: before.name,
          changes: Object.fromEntries(
            changed.map((field) => [field, { before: before[field], after: input[field] }]),
          ),
        },
      },
      { tx, clock: ctx.clock },
    );
    return { name: before.name, changed };
  });
}
