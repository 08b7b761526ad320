// Words of the customer organisation pages and their actions (staff console: English).
import type { InvitationStatus } from "@/lib/organizations/organization-for-staff";
import type { Locale } from "@/lib/i18n/locale";

export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "German" };

export const ORGANIZATIONS_MESSAGES = {
  newTitle: "New customer organisation",
  newDescription:
    "The customer's portal lives at /portal/ followed by the slug. After creating it, invite the customer's first owner.",
  newButton: "New organisation",
  create: "Create organisation",
  creating: "Creating…",
  back: "Back to the overview",

  fields: {
    name: { label: "Name", hint: "The customer's legal name, e.g. Umbrella Logistics GmbH." },
    slug: {
      label: "Slug",
      hint: "Lowercase letters, digits and hyphens; it cannot be changed later. E.g. umbrella-logistics.",
    },
    breachNotificationHours: {
      label: "Breach-notification window (hours)",
      hint: "1–72 hours from awareness, as agreed in the customer's DPA.",
    },
    dsrDueDays: {
      label: "Data-subject-request due days",
      hint: "1–30 days: the processor's own due date for DSR assistance.",
    },
    defaultTimeZone: { label: "Default time zone", hint: "Dates for this customer are shown in this zone." },
    defaultLanguage: { label: "Default language", hint: "The language this customer is written to in." },
  },

  details: "Details",
  portal: "Portal",
  created: "Created",
  contract: "Contract settings",
  contractNote:
    "A new breach window applies to breaches declared from now on. Notifications already created keep the window and deadline they were declared with.",
  save: "Save contract settings",
  saving: "Saving…",
  saved: (changed: boolean) => (changed ? "Contract settings saved." : "Nothing changed."),
  readOnly: "Only administrators and privacy staff can change these settings.",

  members: "Members",
  membersEmpty: {
    title: "No members yet",
    description: "Invite the customer's first owner; they invite everyone else from the portal.",
  },
  invitations: "Invitations",
  invitationsEmpty: { title: "No invitations yet", description: "Invitations sent appear here." },
  invitationStatus: {
    pending: "Pending",
    accepted: "Accepted",
    revoked: "Withdrawn",
    expired: "Expired",
  } satisfies Record<InvitationStatus, string>,

  ownerInvitation: "First owner",
  ownerInvitationHint:
    "The owner receives an email with a link valid for 7 days; accepting it makes them the organisation's owner. A new invitation replaces an earlier one.",
  ownerEmail: "Owner's email",
  invite: "Send owner invitation",
  inviting: "Sending…",
  invited: (email: string) => `Invitation sent to ${email}. It is valid for 7 days.`,
  hasOwner: "This organisation has an owner; its owners invite further members from the portal.",
};
