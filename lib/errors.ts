// Domain errors that map to what the user sees. Anything else is an internal error.

/** No live session. Pages redirect to sign-in; routes answer 401. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Please sign in to continue.");
    this.name = "UnauthenticatedError";
  }
}

/** The record does not exist or the actor may not know it exists: always answered as 404 (S12). */
export class NotFoundError extends Error {
  constructor(what = "The page or record") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

/** The actor may see the record but not do this. */
export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Bad input or a rule the user can fix; the message is shown as it is. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
