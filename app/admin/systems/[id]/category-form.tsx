"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { removeSystemCategoryAction, saveSystemCategoryAction } from "./actions";

type Category = {
  id: string;
  key: string;
  name: string;
  description: string;
  defaultDays: number;
  minDays: number;
};

/** Adds a data category to the system (no `category`) or edits one (its key stays: ADR 0028). */
export function CategoryForm({ systemId, category }: { systemId: string; category?: Category }) {
  const { state, formAction, pending, fieldError } = useActionForm(saveSystemCategoryAction);
  const id = (name: string) => `${name}-${category?.id ?? "new"}`;
  return (
    <form
      action={formAction}
      className="space-y-3"
      aria-label={category ? M.categoryEdit(category.name) : M.categoryAdd}
      noValidate
    >
      <input type="hidden" name="systemId" value={systemId} />
      <input type="hidden" name="categoryId" value={category?.id ?? ""} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={id("key")} label={M.categoryKey} hint={M.categoryKeyHint} error={fieldError("key")}>
          <Input name="key" defaultValue={category?.key ?? ""} readOnly={Boolean(category)} required />
        </FormField>
        <FormField id={id("name")} label={M.categoryName} error={fieldError("name")}>
          <Input name="name" defaultValue={category?.name ?? ""} required />
        </FormField>
        <FormField id={id("description")} label={M.description} error={fieldError("description")}>
          <Input name="description" defaultValue={category?.description ?? ""} />
        </FormField>
        <div className="flex gap-3">
          <FormField id={id("defaultDays")} label={M.categoryDays} error={fieldError("defaultDays")}>
            <Input
              name="defaultDays"
              type="number"
              min={1}
              max={3650}
              defaultValue={category?.defaultDays ?? ""}
            />
          </FormField>
          <FormField id={id("minDays")} label={M.categoryMinDays} error={fieldError("minDays")}>
            <Input name="minDays" type="number" min={1} max={3650} defaultValue={category?.minDays ?? ""} />
          </FormField>
        </div>
      </div>
      <Button type="submit" size="sm" variant={category ? "secondary" : "primary"} disabled={pending}>
        {pending ? M.saving : category ? M.categorySave : M.categoryAdd}
      </Button>
      <FormResult state={state} />
    </form>
  );
}

export function RemoveCategoryForm({ systemId, category }: { systemId: string; category: Category }) {
  const { state, formAction, pending } = useActionForm(removeSystemCategoryAction);
  return (
    <form action={formAction} aria-label={M.categoryRemove(category.name)} className="space-y-2">
      <input type="hidden" name="systemId" value={systemId} />
      <input type="hidden" name="categoryId" value={category.id} />
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {M.categoryRemove(category.name)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
