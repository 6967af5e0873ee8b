/** What the sign-in page is told when the user is sent to it. */
export interface LoginLocationState {
  /** The path (with query) to return to after signing in. */
  from?: string;
  reason?: "expired" | "required";
}

/** What the home page is told after the user signed out. */
export interface HomeLocationState {
  signedOut?: boolean;
}
