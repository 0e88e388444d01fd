/**
 * The version of the content a clinic's clinician reviews: a fingerprint of
 * every English message, the tailoring rules' descriptions and the sources,
 * and the day that content last changed. Written by `npm run review-pack --
 * --accept` (scripts/review-pack/content.mjs); a test fails when the content
 * changes and this is not updated. The review pack prints the same version,
 * and the guide's About section compares it with the clinic's `reviewed-version`.
 */
import type { PublisherInfo } from './publisher.js';

export const CONTENT_VERSION = { fingerprint: '556A1D68DDA1', lastChanged: '2026-12-08' } as const;

/**
 * Whether the clinic's review was of an earlier version of the content: the
 * version it names differs from this one, or, when it names none, the review
 * predates the content's last change.
 */
export const reviewedEarlierVersion = ({ reviewedVersion, reviewDate }: PublisherInfo): boolean =>
  reviewedVersion ? reviewedVersion.toUpperCase() !== CONTENT_VERSION.fingerprint : reviewDate !== undefined && reviewDate < CONTENT_VERSION.lastChanged;
