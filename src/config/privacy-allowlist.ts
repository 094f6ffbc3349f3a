/**
 * E-mail addresses the built site may show: official, public mailboxes of the agency only (never a
 * person's own address). The scan of the built site (src/lib/privacy-scan.ts) fails the build on
 * any other e-mail address, any mobile number and any ID-card number. Add an address here, in a
 * reviewed pull request, only when the agency publishes it itself.
 */
export const OFFICIAL_EMAILS: readonly string[] = [];
