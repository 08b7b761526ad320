import { FormField, Input, Select, TextArea } from "@/app/_ui";

export type MetadataDefaults = {
  slug: string;
  title: string;
  titleDe: string;
  description: string;
  descriptionDe: string;
  gated: boolean;
};

/** The describing fields of a library document, shared by the upload and the edit form. */
export function MetadataFields({
  idPrefix,
  defaults,
  errors,
}: {
  idPrefix: string;
  defaults?: MetadataDefaults;
  errors: (field: string) => string | undefined;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={`${idPrefix}-title`} label="Title (English)" error={errors("title")}>
          <Input name="title" defaultValue={defaults?.title} required maxLength={200} />
        </FormField>
        <FormField
          id={`${idPrefix}-title-de`}
          label="Title (German)"
          hint="Leave empty to show the English title, labelled as such."
          error={errors("titleDe")}
        >
          <Input name="titleDe" defaultValue={defaults?.titleDe} maxLength={200} />
        </FormField>
        <FormField id={`${idPrefix}-description`} label="Description (English)" error={errors("description")}>
          <TextArea name="description" rows={3} defaultValue={defaults?.description} maxLength={2000} />
        </FormField>
        <FormField
          id={`${idPrefix}-description-de`}
          label="Description (German)"
          error={errors("descriptionDe")}
        >
          <TextArea name="descriptionDe" rows={3} defaultValue={defaults?.descriptionDe} maxLength={2000} />
        </FormField>
        <FormField
          id={`${idPrefix}-slug`}
          label="Slug"
          hint="Lower-case letters, digits and hyphens; the file is served as <slug>.pdf."
          error={errors("slug")}
        >
          <Input
            name="slug"
            defaultValue={defaults?.slug}
            required
            maxLength={80}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            autoComplete="off"
            className="font-mono"
          />
        </FormField>
        <FormField
          id={`${idPrefix}-gated`}
          label="Access"
          hint="Documents under NDA are released only through an approved access request, watermarked per download."
          error={errors("gated")}
        >
          <Select name="gated" defaultValue={defaults ? String(defaults.gated) : "true"}>
            <option value="true">Under NDA (request access)</option>
            <option value="false">Public (direct download)</option>
          </Select>
        </FormField>
      </div>
    </>
  );
}
