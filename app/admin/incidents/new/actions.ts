"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/http/action";
import { newIncidentInput } from "@/lib/incidents/register/input";
import { createIncident } from "@/lib/incidents/register/manage";

export const createIncidentAction = defineAction(
  { input: newIncidentInput, permission: "breach.manage" },
  async (ctx, input) => {
    const incident = await createIncident(ctx, input);
    revalidatePath("/admin/incidents");
    redirect(`/admin/incidents/${incident.id}?created=1`);
  },
);
