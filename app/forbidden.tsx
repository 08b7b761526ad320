import { ButtonLink } from "@/app/_ui";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p className="mt-3 text-gray-700">Your role does not include this. Ask an owner or administrator of your organisation if you need it.</p>
      <div className="mt-6">
        <ButtonLink href="/continue" variant="secondary">
          Back to your start page
        </ButtonLink>
      </div>
    </main>
  );
}
