import { describe, expect, it } from "vitest";
import { currentLink } from "./current-link";

const ADMIN = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/incidents", label: "Incidents" },
  { href: "/admin/trust/subprocessors", label: "Subprocessors" },
];

describe("the navigation link of the current page", () => {
  it("is the overview only on the overview itself", () => {
    expect(currentLink(ADMIN, "/admin")).toBe("/admin");
    expect(currentLink(ADMIN, "/admin/")).toBe("/admin");
  });

  it("is the section a deeper page belongs to", () => {
    expect(currentLink(ADMIN, "/admin/incidents")).toBe("/admin/incidents");
    expect(currentLink(ADMIN, "/admin/incidents/42/notice")).toBe("/admin/incidents");
    expect(currentLink(ADMIN, "/admin/trust/subprocessors/new")).toBe("/admin/trust/subprocessors");
  });

  it("is the overview for a page without its own link, and none outside the area", () => {
    expect(currentLink(ADMIN, "/admin/mail")).toBe("/admin");
    expect(currentLink(ADMIN, "/portal/acme")).toBeNull();
  });

  it("does not take a longer name for a folder", () => {
    expect(currentLink(ADMIN, "/admin/incidents-archive")).toBe("/admin");
  });
});
