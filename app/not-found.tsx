import { ButtonLink, StatusPage } from "@/app/_ui";

export default function NotFound() {
  return (
    <StatusPage
      title="Page not found"
      message="This page does not exist, or you do not have access to it."
      action={<ButtonLink href="/" variant="secondary">Go to the trust center</ButtonLink>}
    />
  );
}
