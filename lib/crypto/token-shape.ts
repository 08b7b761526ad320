/** What newToken() produces: 32 random bytes in base64url, 43 characters. Checked before any lookup. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
