// Random tokens for links sent by email, and how they are stored: only their SHA-256.
import { randomBytes } from "node:crypto";
import { sha256Hex } from "./sha256.ts";

/** 256 bits from the CSPRNG, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return sha256Hex(token);
}
