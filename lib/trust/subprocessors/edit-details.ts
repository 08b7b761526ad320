import "server-only";
// Corrections that do not change who processes what, where: purpose wording, German texts, website,
// DPA reference. Audited field by field; nobody is emailed (a real change is announced instead).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { NotFoundError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { categoryLines, recordId, textField, websiteField } from "./form-fields.ts";

export const editDetailsInput = z.strictObject({
  subprocessorId: recordId,
  purpose: textField(500).refine((value) => value !== "", "Describe what the subprocessor does for you."),
  purposeDe: textField(500),
  dataCategoriesDe: categoryLines,
  website: websiteField,
  dpaReference: textField(200),
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

export type EditDetailsResult = { name: string; changed: EditableField[] };

export async function editSubprocessorDetails(
  input: EditDetailsInput,
  clock: Clock = systemClock,
): Promise<EditDetailsResult> {
  const actor = await requireStaff("trust.subprocessors.manage");
  const request = await currentRequest();
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
    if (!before) throw new NotFoundError("The subprocessor");
    const changed = EDITABLE.filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(input[field]),
    );
    if (changed.length === 0) return { name: before.name, changed };
    const data = Object.fromEntries(changed.map((field) => [field, input[field]]));
    await tx.subprocessor.update({ where: { id: before.id }, data });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.subprocessor.details_edited",
        target: { type: "Subprocessor", id: before.id },
        request,
        metadata: {
          name: before.name,
          changes: Object.fromEntries(
            changed.map((field) => [field, { before: before[field], after: input[field] }]),
          ),
        },
      },
      { tx, clock },
    );
    return { name: before.name, changed };
  });
}
