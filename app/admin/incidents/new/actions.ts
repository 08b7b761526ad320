"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { newIncidentInput } from "@/lib/incidents/register/input";
import { createIncident } from "@/lib/incidents/register/manage";

export const createIncidentAction = defineAction(newIncidentInput, async (input) => {
  const incident = await createIncident(input);
  revalidatePath("/admin/incidents");
  redirect(`/admin/incidents/${incident.id}?created=1`);
});
