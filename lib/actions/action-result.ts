// The result every server action returns, and the error codes a form maps to
// messages and fields. Safe for client components: no server imports.
export const actionErrorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "LOCKED",
  "RATE_LIMITED",
  "INTERNAL",
] as const;
export type ActionErrorCode = (typeof actionErrorCodes)[number];

export type ActionError = {
  code: ActionErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** Extra data for the caller, e.g. the current answer on CONFLICT. */
  detail?: unknown;
};

export type ActionResult<T> = { data: T; error?: undefined } | { data?: undefined; error: ActionError };

export class ActionFailure extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}
