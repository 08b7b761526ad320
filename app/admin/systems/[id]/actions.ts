"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  configureConnector,
  connectorInput,
  rotateSigningSecret,
  sendTestPing,
} from "@/lib/dsr/connectors/configure";
import { defineAction } from "@/lib/http/action";
import { removeSystemCategoryInput, saveSystemCategoryInput } from "@/lib/retention/systems/category-input";
import { removeSystemCategory, saveSystemCategory } from "@/lib/retention/systems/manage-categories";
import { SYSTEMS_MESSAGES as M } from "../messages";

const systemOnly = z.object({ id: z.string().min(1).max(64) }).strict();

export const configureConnectorAction = defineAction(
  { input: connectorInput, permission: "systems.manage" },
  async (ctx, input) => {
    const { changed } = await configureConnector(ctx, input);
    revalidatePath("/admin/systems", "layout");
    return M.saved(changed);
  },
);

/** The new secret goes back to the form once and is never stored in clear. */
export const rotateSecretAction = defineAction(
  { input: systemOnly, permission: "systems.manage" },
  async (ctx, input) => {
    const { secret } = await rotateSigningSecret(ctx, input.id);
    revalidatePath(`/admin/systems/${input.id}`);
    return { message: M.rotated, secret };
  },
);

export const sendTestAction = defineAction(
  { input: systemOnly, permission: "systems.manage" },
  async (ctx, input) => sendTestPing(ctx, input.id),
);

/** A data category the system holds, for retention (ADR 0028). */
export const saveSystemCategoryAction = defineAction(
  { input: saveSystemCategoryInput, permission: "systems.manage" },
  async (ctx, input) => {
    const result = await saveSystemCategory(ctx, input);
    revalidatePath(`/admin/systems/${input.systemId}`);
    revalidatePath("/admin/retention");
    return M.categorySaved(result);
  },
);

export const removeSystemCategoryAction = defineAction(
  { input: removeSystemCategoryInput, permission: "systems.manage" },
  async (ctx, input) => {
    await removeSystemCategory(ctx, input);
    revalidatePath(`/admin/systems/${input.systemId}`);
    revalidatePath("/admin/retention");
    return M.categoryRemoved;
  },
);
