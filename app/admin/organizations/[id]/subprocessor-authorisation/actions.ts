"use server";
// Staff set an organisation's subprocessor authorisation (admin.organizations.manage); lib/subprocessor-notices
// authorises, records and audits.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import {
  authorisationSettingInput,
  updateAuthorisationSetting,
} from "@/lib/subprocessor-notices/authorisation-setting";
import { AUTHORISATION_SETTING_MESSAGES as M } from "./messages";

export const updateAuthorisationAction = defineAction(
  { input: authorisationSettingInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { changed } = await updateAuthorisationSetting(ctx, input);
    revalidatePath(`/admin/organizations/${input.organizationId}`);
    return changed ? M.saved : M.unchanged;
  },
);
