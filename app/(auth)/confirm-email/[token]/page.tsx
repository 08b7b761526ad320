import type { Metadata } from "next";
import { TokenForm } from "@/app/_components/token-form";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email address" };

/** Opening the link changes nothing; the button does (mail scanners prefetch links). */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Confirm your new email address</h1>
      <p className="mb-6 text-sm text-gray-700">
        Confirm to sign in with this address from now on. Your old address will be told about the change.
      </p>
      <TokenForm
        token={token}
        action={confirmEmailChangeAction}
        label="Confirm new address"
        pendingLabel="Confirming…"
      />
    </>
  );
}
