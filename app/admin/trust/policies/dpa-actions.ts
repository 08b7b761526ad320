"use server";
// Saving the DPA's Art. 28(3) particulars on its draft (lib/dpa; trust.content.manage).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveDpaParticulars } from "@/lib/dpa/save-particulars";
import { defineAction } from "@/lib/http/action";
import { LOCALES } from "@/lib/i18n/locale";

const field = z.string().max(4000).default("");
const anchor = z.string().max(120).default("");
/** The form's flat fields ("clause_a" … "clause_h"), nested by the action. */
const formInput = z.strictObject({
  locale: z.enum(LOCALES),
  subjectMatter: field,
  duration: field,
  nature: field,
  purpose: field,
  dataTypes: field,
  dataSubjects: field,
  clause_a: anchor,
  clause_b: anchor,
  clause_c: anchor,
  clause_d: anchor,
  clause_e: anchor,
  clause_f: anchor,
  clause_g: anchor,
  clause_h: anchor,
});

export const saveDpaParticularsAction = defineAction(
  { input: formInput, permission: "trust.content.manage" },
  async (ctx, input) => {
    const { complete } = await saveDpaParticulars(ctx, {
      locale: input.locale,
      particulars: {
        subjectMatter: input.subjectMatter,
        duration: input.duration,
        nature: input.nature,
        purpose: input.purpose,
        dataTypes: input.dataTypes,
        dataSubjects: input.dataSubjects,
        clauses: {
          a: input.clause_a,
          b: input.clause_b,
          c: input.clause_c,
          d: input.clause_d,
          e: input.clause_e,
          f: input.clause_f,
          g: input.clause_g,
          h: input.clause_h,
        },
      },
    });
    revalidatePath("/admin/trust/policies", "layout");
    return complete
      ? "Particulars saved. They are complete for the text as saved; publish when the text is ready."
      : "Particulars saved. Some are still missing or point at no heading of the saved text (listed above); the DPA cannot be published until they are complete.";
  },
);
