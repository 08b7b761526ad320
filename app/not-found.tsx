import { ButtonLink } from "@/app/_ui";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-gray-700">This page does not exist, or you do not have access to it.</p>
      <div className="mt-6">
        <ButtonLink href="/" variant="secondary">
          Go to the trust center
        </ButtonLink>
      </div>
    </main>
  );
}
