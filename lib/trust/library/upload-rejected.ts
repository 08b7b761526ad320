import { UserFacingError } from "../../errors.ts";

/** An upload refused before anything is stored (S16); `status` is the HTTP answer of the upload route. */
export class UploadRejectedError extends UserFacingError {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "UploadRejectedError";
  }
}
