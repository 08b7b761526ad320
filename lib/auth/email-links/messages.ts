// What emailed links say: the emails with sign-in and confirmation links, and the refusals of the
// functions that use them (sign-in and account pages: English). The user's name is quoted (S25).
import { quotedOr } from "../../text/quote.ts";

const hello = (name: string) => `Hello ${quotedOr(name, "there", { max: 120 })},`;
export const EMAIL_LINK_MESSAGES = {
  emailRequired: "Enter an email address, like name@example.com.",
  emailInvalid: "Enter a valid email address.",
  magicLinkEmail: (name: string, minutes: number, url: string) => ({
    subject: "Your sign-in link",
    text: [
      hello(name),
      "",
      `Someone, hopefully you, asked for a link to sign in with this email address. Open it within ${minutes} minutes to sign in:`,
      "",
      url,
      "",
      "The link works once. If you did not ask for it, ignore this email: nobody can sign in without it.",
    ].join("\n"),
  }),
  emailChangeEmail: (name: string, minutes: number, url: string) => ({
    subject: "Confirm your new sign-in email address",
    text: [
      hello(name),
      "",
      `To sign in with this address from now on, open this link within ${minutes} minutes:`,
      "",
      url,
      "",
      "The link works once. If you did not ask for this, ignore this email.",
    ].join("\n"),
  }),
  emailChangePending: (email: string) => `New address (not yet confirmed): ${email}`,
  emailChanged: (from: string, to: string) => `Previous address: ${from}. New address: ${to}.`,
  sameAddress: { en: "That is already the address you sign in with." },
  emailChangeThrottled: (minutes: number) => ({
    en: `Too many address changes were asked for. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  }),
  invalidEmailChangeLink: {
    en: "This confirmation link is no longer valid: it has expired, was already used, or the address is taken.",
  },
} as const;
