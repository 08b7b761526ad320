// Changing the sign-in email address (SECURITY.md S6): needs a recent re-authentication, is confirmed
// from the new inbox, and the old address is told; afterwards the user signs in with the new address.
import { db } from "../../lib/db/client.ts";
import { expect, latestEmailTo, test } from "../fixtures";

test("change email: confirm link from the new inbox, old address told, sign in with the new one (S6)", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signIn(context, user);
  const newEmail = `moved-${Date.now()}@example.test`;

  await page.goto("/account");
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`If ${newEmail} can be used, a confirmation link is on its way`)).toBeVisible();
  expect(
    (await latestEmailTo(user.email, /change of your sign-in email address was requested/))?.text,
  ).toContain(newEmail);

  const link = /http\S+\/confirm-email\/\S+/.exec(
    (await latestEmailTo(newEmail, /Confirm your new sign-in email/))!.text,
  )![0];
  const visitor = await page.context().browser()!.newContext();
  const confirmPage = await visitor.newPage();
  await confirmPage.goto(link);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email); // opening changes nothing
  await confirmPage.getByRole("button", { name: "Confirm new address" }).click();
  await expect(confirmPage.getByText(`Done: you now sign in with ${newEmail}.`)).toBeVisible();
  expect(await latestEmailTo(user.email, /Your sign-in email address was changed/)).not.toBeNull();

  await confirmPage.goto("/sign-in");
  await confirmPage.getByLabel("Email").fill(newEmail);
  await confirmPage.getByLabel("Password").fill(user.password);
  await confirmPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(confirmPage).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  await visitor.close();
});

test("an email change needs a recent confirmation of the password (S6)", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const user = await makeUser();
  const { sessionId } = await signIn(context, user);
  await db.session.update({
    where: { id: sessionId },
    data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
  });
  await page.goto("/account");
  await expect(page.getByLabel("New email address")).toBeDisabled();
  await page.getByLabel("Your password").fill(user.password);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByLabel("New email address")).toBeEnabled();
});
