"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
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

function afterChange(incidentId: string) {
  revalidatePath("/admin/incidents");
  revalidatePath(`/admin/incidents/${incidentId}`);
}

export const updateIncidentAction = defineAction(incidentUpdateInput, async (input) => {
  const message = await updateIncident(input);
  afterChange(input.id);
  return message;
});

export const changeIncidentStatusAction = defineAction(incidentStatusInput, async (input) => {
  const message = await changeIncidentStatus(input);
  afterChange(input.id);
  return message;
});

export const recordDeterminationAction = defineAction(determinationInput, async (input) => {
  const message = await recordDetermination(input);
  afterChange(input.id);
  return message;
});

export const declareBreachAction = defineAction(declareInput, async (input) => {
  const message = await declareBreach(input);
  afterChange(input.id);
  return message;
});

export const assessIncidentAction = defineAction(assessmentInput, async (input) => {
  const message = await assessIncident(input);
  afterChange(input.id);
  return message;
});

export const recordArt34DecisionAction = defineAction(art34Input, async (input) => {
  const message = await recordArt34Decision(input);
  afterChange(input.id);
  return message;
});
