// How long a password may be, in Unicode code points (SECURITY.md S1). Pure: the messages shown in the
// browser quote these numbers.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
