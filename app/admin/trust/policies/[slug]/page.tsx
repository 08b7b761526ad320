import { redirect } from "next/navigation";

/** /admin/trust/policies/toms opens the English editor. */
export default async function DocumentEditorDefaultLanguage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  redirect(`/admin/trust/policies/${encodeURIComponent(slug)}/en`);
}
