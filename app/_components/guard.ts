import "server-only";
// Maps domain access errors to what a page does: 404 for records the viewer may not know, 403 for
// pages their role does not allow, the sign-in page for anonymous visitors.
import { forbidden, notFound, redirect } from "next/navigation";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof UnauthenticatedError) redirect("/continue"); // sign-in, or the MFA step owed
    throw error;
  }
}
