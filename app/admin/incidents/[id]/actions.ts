"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { declareBreach } from "@/lib/incidents/declare";
import { recordArt34Decision } from "@/lib/incidents/register/art34";
import { assessIncident } from "@/lib/incidents/register/assess";
import {
  art34Input,
  assessmentInput,
  declareInput,
  determinationInput,
  incidentStatusInput,
  incidentUpdateInput,
} from "@/lib/incidents/register/input";
import { changeIncidentStatus, recordDetermination, updateIncident } from "@/lib/incidents/register/manage";
import { INCIDENT_MESSAGES } from "../messages";

function afterChange(incidentId: string) {
  revalidatePath("/admin/incidents");
  revalidatePath(`/admin/incidents/${incidentId}`);
}

export const updateIncidentAction = defineAction(
  { input: incidentUpdateInput, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await updateIncident(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.updated(result);
  },
);

export const changeIncidentStatusAction = defineAction(
  { input: incidentStatusInput, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await changeIncidentStatus(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.statusChanged(result);
  },
);

export const recordDeterminationAction = defineAction(
  { input: determinationInput, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await recordDetermination(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.determined(result);
  },
);

export const declareBreachAction = defineAction(
  { input: declareInput, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await declareBreach(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.declared(result);
  },
);

export const assessIncidentAction = defineAction(
  { input: assessmentInput, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await assessIncident(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.assessed(result);
  },
);

export const recordArt34DecisionAction = defineAction(
  { input: art34Input, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await recordArt34Decision(ctx, input);
    afterChange(input.id);
    return INCIDENT_MESSAGES.art34Recorded(result);
  },
);
