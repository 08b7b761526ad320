import { redirect } from "next/navigation";

/** Asking for a link happens on the sign-in page. */
export default function MagicLinkIndexPage() {
  redirect("/sign-in?link=1");
}
