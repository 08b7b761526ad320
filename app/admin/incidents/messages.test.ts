// What the staff console says about a change to the register (the e2e specs read these sentences on
// the page; lib/incidents returns the facts they are made from).
import { describe, expect, it } from "vitest";
import { INCIDENT_MESSAGES } from "./messages";

const reference = "INC-2026-0007";
const notification = { organizationId: "o", windowHours: 24, deadlineAt: new Date(0) };

describe("incident register messages", () => {
  it("words an edit, a status change and a determination", () => {
    expect(INCIDENT_MESSAGES.updated({ reference, changed: true, notificationsCreated: 0 })).toBe(
      "Saved INC-2026-0007.",
    );
    expect(INCIDENT_MESSAGES.updated({ reference, changed: true, notificationsCreated: 1 })).toBe(
      "Saved INC-2026-0007; 1 new notification created.",
    );
    expect(INCIDENT_MESSAGES.updated({ reference, changed: true, notificationsCreated: 2 })).toBe(
      "Saved INC-2026-0007; 2 new notifications created.",
    );
    expect(INCIDENT_MESSAGES.updated({ reference, changed: false, notificationsCreated: 0 })).toBe(
      "Nothing changed.",
    );
    expect(INCIDENT_MESSAGES.statusChanged({ reference, changed: true, status: "CLOSED" })).toBe(
      "INC-2026-0007 is now closed.",
    );
    expect(INCIDENT_MESSAGES.statusChanged({ reference, changed: false, status: "CLOSED" })).toBe(
      "Nothing changed.",
    );
    expect(INCIDENT_MESSAGES.determined({ reference, changed: true, determination: "NOT_NOTIFIABLE" })).toBe(
      "Recorded INC-2026-0007 as not notifiable, with the reasoning.",
    );
    expect(
      INCIDENT_MESSAGES.determined({ reference, changed: true, determination: "NOT_PERSONAL_DATA_BREACH" }),
    ).toBe("Recorded INC-2026-0007 as not a personal-data breach, with the reasoning.");
  });

  it("B1 words a declaration, first and repeated", () => {
    expect(
      INCIDENT_MESSAGES.declared({
        reference,
        created: [notification, notification, notification],
        totalNotifications: 3,
      }),
    ).toBe("INC-2026-0007 declared a personal-data breach: 3 notifications created.");
    expect(INCIDENT_MESSAGES.declared({ reference, created: [notification], totalNotifications: 1 })).toBe(
      "INC-2026-0007 declared a personal-data breach: 1 notification created.",
    );
    expect(INCIDENT_MESSAGES.declared({ reference, created: [], totalNotifications: 2 })).toBe(
      "INC-2026-0007 is already declared; every affected organisation has its notification (2).",
    );
  });

  it("B7 words an assessment, with the special-category lift", () => {
    expect(
      INCIDENT_MESSAGES.assessed({ reference, score: 0.5, band: "MEDIUM", raisedForSpecialCategory: true }),
    ).toBe("Assessed INC-2026-0007: score 0.50, medium (raised from low: special-category data).");
    expect(
      INCIDENT_MESSAGES.assessed({ reference, score: 3.25, band: "HIGH", raisedForSpecialCategory: false }),
    ).toBe("Assessed INC-2026-0007: score 3.25, high.");
  });

  it("B6 words each Art. 34 decision", () => {
    expect(INCIDENT_MESSAGES.art34Recorded({ reference, decision: "not-high-risk" })).toBe(
      "INC-2026-0007: recorded as not likely to result in a high risk to data subjects.",
    );
    expect(INCIDENT_MESSAGES.art34Recorded({ reference, decision: "exemption" })).toBe(
      "INC-2026-0007: high risk, with the Art. 34(3) exemption and its justification recorded.",
    );
    expect(INCIDENT_MESSAGES.art34Recorded({ reference, decision: "data-subject-text" })).toBe(
      "INC-2026-0007: high risk; the text for data subjects is shown to every notified organisation.",
    );
  });

  it("B2 words a send, naming organisations nobody could be reached at", () => {
    const sent = { phaseId: "p", number: 1, organizations: 2, emails: 8, organizationsWithoutRecipients: 0 };
    expect(INCIDENT_MESSAGES.sent(sent)).toBe("Phase 1 sent to 2 organisation(s) (8 email(s) queued).");
    expect(INCIDENT_MESSAGES.sent({ ...sent, organizationsWithoutRecipients: 1 })).toBe(
      "Phase 1 sent to 2 organisation(s) (8 email(s) queued). 1 organisation(s) have no privacy contact, owner, admin or privacy officer and were not reached: add a contact and send the next phase.",
    );
  });
});
