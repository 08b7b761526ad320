// How customers read a notice phase: the Art. 33(3) items are those of lib/incidents/notices/items.ts; an
// item sent as "not yet known" (null) follows in a later phase.

export const NOT_YET_KNOWN_TO_CUSTOMERS = "Not yet known — will follow";

export const ART34_EXEMPTION_LABELS = {
  A_PROTECTED: "Art. 34(3)(a): the data was unintelligible to anyone not authorised (e.g. encrypted)",
  B_RISK_MITIGATED: "Art. 34(3)(b): later measures mean the high risk is no longer likely to materialise",
  C_DISPROPORTIONATE:
    "Art. 34(3)(c): informing each person would involve disproportionate effort; a public communication is made instead",
} as const;
