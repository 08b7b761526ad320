"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/http/action";
import { updateContractSettings } from "@/lib/organizations/contract-settings";
import { createOrganization } from "@/lib/organizations/create-organization";
import { inviteFirstOwner } from "@/lib/organizations/invite-first-owner";
import {
  createOrganizationInput,
  inviteFirstOwnerInput,
  updateContractInput,
} from "@/lib/organizations/organization-input";
import { ORGANIZATIONS_MESSAGES } from "./messages";

export const createOrganizationAction = defineAction(
  { input: createOrganizationInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { id } = await createOrganization(ctx, input);
    revalidatePath("/admin");
    redirect(`/admin/organizations/${id}`);
  },
);

export const updateContractAction = defineAction(
  { input: updateContractInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { changed } = await updateContractSettings(ctx, input);
    revalidatePath(`/admin/organizations/${input.organizationId}`);
    revalidatePath("/admin");
    return ORGANIZATIONS_MESSAGES.saved(changed);
  },
);

export const inviteFirstOwnerAction = defineAction(
  { input: inviteFirstOwnerInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { email } = await inviteFirstOwner(ctx, input);
    revalidatePath(`/admin/organizations/${input.organizationId}`);
    return ORGANIZATIONS_MESSAGES.invited(email);
  },
);
