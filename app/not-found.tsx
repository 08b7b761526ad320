import { connection } from "next/server";
import { ButtonLink, StatusPage } from "@/app/_ui";

export default async function NotFound() {
  // Rendered per request, so a 404 inside a signed-in area carries that request's CSP nonce.
  await connection();
  return (
    <StatusPage
      title="Page not found"
      message="This page does not exist, or you do not have access to it."
      action={
        <ButtonLink href="/" variant="secondary">
          Go to the trust center
        </ButtonLink>
      }
    />
  );
}
