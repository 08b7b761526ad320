import "server-only";
// Maps domain access errors to what a page does: 404 for records the viewer may not know, the
// sign-in page for anonymous visitors.
import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthenticatedError } from "@/lib/auth/errors";

export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthenticatedError) redirect("/sign-in");
    throw error;
  }
}
