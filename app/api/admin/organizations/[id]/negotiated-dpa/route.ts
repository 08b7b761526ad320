// Attaching an individually negotiated DPA to one organisation (POST multipart: file, title, effectiveDate;
// admin.organizations.manage). A route handler, not a server action, because actions are capped at 1 MB; the
// upload is read with the library's capped reader and checked like every uploaded PDF (S16). JSON answers
// for the form (app/admin/organizations/[id]/negotiated-dpa-form.tsx).
import { z } from "zod";
import { uploadAnswer } from "@/app/api/admin/library/upload-answer";
import { attachNegotiatedDpa, negotiatedDpaInput } from "@/lib/dpa/negotiated";
import { HTTP_MESSAGES } from "@/lib/http/messages";
import { defineRoute } from "@/lib/http/route";
import { localize } from "@/lib/i18n/text";
import { readLibraryUpload } from "@/lib/trust/library/upload-body";

export const dynamic = "force-dynamic";

export const POST = defineRoute<{ id: string }>(
  { permission: "admin.organizations.manage", errors: "json" },
  async (ctx, request, { id }) => {
    const body = await readLibraryUpload(request);
    const parsed = negotiatedDpaInput.safeParse(body.fields);
    if (!parsed.success)
      return uploadAnswer(
        {
          ok: false,
          message: localize(HTTP_MESSAGES.correctFields, ctx.locale),
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        },
        400,
      );
    const attached = await attachNegotiatedDpa(ctx, id, parsed.data, body.file);
    return uploadAnswer(
      {
        ok: true,
        id: attached.id,
        message: `Negotiated DPA attached (SHA-256 ${attached.sha256}). The organisation is now bound by it instead of the standard version.`,
      },
      201,
    );
  },
);
