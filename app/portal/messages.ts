// What the portal's organisation chooser says (customer portal: English today).
export const PORTAL_CHOOSER_MESSAGES = {
  ownMicrosoftSignIn: (organization: string) =>
    `${organization} requires you to sign in with Microsoft through its own connection. If you have not yet, connect your Microsoft account for ${organization} on Account → Two-factor authentication first.`,
  signInThrough: "Sign in with Microsoft",
  opening: "Opening Microsoft…",
} as const;
