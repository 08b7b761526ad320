import { ButtonLink, StatusPage } from "@/app/_ui";

export default function Forbidden() {
  return (
    <StatusPage
      title="You do not have access to this page"
      message="Your role does not include this. Ask an owner or administrator of your organisation if you need it."
      action={
        <ButtonLink href="/continue" variant="secondary">
          Back to your start page
        </ButtonLink>
      }
    />
  );
}
