"use client";

import { Button, FormField, Input, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { RECORDS_STAFF_MESSAGES as M } from "../messages";
import { removeActivityAction, saveActivityAction } from "./actions";

export type ActivityFormValue = {
  activityId: string;
  name: string;
  purpose: string;
  processingCategories: string[];
  dataCategories: string[];
  dataSubjectCategories: string[];
  systemKeys: string[];
};

/** Adds an activity (no `activity`) or saves its next version. */
export function ActivityForm({
  activity,
  systemKeys,
}: {
  activity?: ActivityFormValue;
  systemKeys: readonly string[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(saveActivityAction);
  const id = (name: string) => `${name}-${activity?.activityId ?? "new"}`;
  const lines = (field: keyof Omit<ActivityFormValue, "activityId" | "name" | "purpose">) =>
    activity ? activity[field].join("\n") : "";
  return (
    <form
      action={formAction}
      className="space-y-3"
      aria-label={activity ? M.edit(activity.name) : M.add}
      noValidate
    >
      <input type="hidden" name="activityId" value={activity?.activityId ?? ""} />
      <FormField id={id("name")} label={M.name} error={fieldError("name")}>
        <Input name="name" defaultValue={activity?.name ?? ""} required maxLength={120} />
      </FormField>
      <FormField id={id("purpose")} label={M.purpose} error={fieldError("purpose")}>
        <Input name="purpose" defaultValue={activity?.purpose ?? ""} required maxLength={1000} />
      </FormField>
      <div className="grid gap-3 md:grid-cols-2">
        <FormField
          id={id("processingCategories")}
          label={M.processingCategories}
          hint={M.oneALine}
          error={fieldError("processingCategories")}
        >
          <TextArea name="processingCategories" rows={3} defaultValue={lines("processingCategories")} />
        </FormField>
        <FormField
          id={id("dataCategories")}
          label={M.dataCategories}
          hint={M.oneALine}
          error={fieldError("dataCategories")}
        >
          <TextArea name="dataCategories" rows={3} defaultValue={lines("dataCategories")} />
        </FormField>
        <FormField
          id={id("dataSubjectCategories")}
          label={M.dataSubjectCategories}
          hint={M.oneALine}
          error={fieldError("dataSubjectCategories")}
        >
          <TextArea name="dataSubjectCategories" rows={3} defaultValue={lines("dataSubjectCategories")} />
        </FormField>
        <FormField
          id={id("systemKeys")}
          label={M.systems}
          hint={M.systemsHint(systemKeys)}
          error={fieldError("systemKeys")}
        >
          <TextArea name="systemKeys" rows={3} defaultValue={lines("systemKeys")} />
        </FormField>
      </div>
      <Button type="submit" size="sm" variant={activity ? "secondary" : "primary"} disabled={pending}>
        {pending ? M.adding : activity ? M.save : M.add}
      </Button>
      <FormResult state={state} />
    </form>
  );
}

export function RemoveActivityForm({ activityId, name }: { activityId: string; name: string }) {
  const { state, formAction, pending } = useActionForm(removeActivityAction);
  return (
    <form action={formAction} aria-label={M.remove(name)} className="space-y-2">
      <input type="hidden" name="activityId" value={activityId} />
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {M.remove(name)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
