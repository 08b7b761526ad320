"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { setUserDisabled, setUserDisabledInput } from "@/lib/admin/users";

export const setUserDisabledAction = defineAction(setUserDisabledInput, async (input) => {
  const message = await setUserDisabled(input);
  revalidatePath("/admin/users");
  return message;
});
