import { redirect } from "next/navigation";
import { getActor, homePathFor } from "@/lib/auth/actor";

/** After sign-in: staff to the console, customers to their organisation's portal. */
export default async function ContinuePage() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor) : "/sign-in");
}
