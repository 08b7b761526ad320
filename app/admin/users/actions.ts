"use server";

import { revalidatePath } from "next/cache";
import { setUserDisabled, setUserDisabledInput } from "@/lib/admin/users";
import { defineAction } from "@/lib/http/action";
import { USERS_MESSAGES } from "./messages";

export const setUserDisabledAction = defineAction(
  { input: setUserDisabledInput, permission: "admin.users.manage" },
  async (ctx, input) => {
    const result = await setUserDisabled(ctx, input);
    revalidatePath("/admin/users");
    return USERS_MESSAGES.disabledChanged(result);
  },
);
