import type { Metadata } from "next";
import Link from "next/link";
import { ResetRequestForm } from "./reset-request-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ResetPasswordRequestPage() {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Reset your password</h1>
      <p className="mb-6 text-sm text-gray-700">
        Enter the email address you sign in with. We will send you a link to choose a new password.
      </p>
      <ResetRequestForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
