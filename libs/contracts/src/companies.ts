/**
 * The limits of a company profile's fields: the API's DTOs refuse what breaks them, and the web's
 * form says so before sending. Written once, here.
 */
export const COMPANY_LIMITS = {
  name: { min: 2, max: 200 },
  city: { min: 2, max: 100 },
  registrationNumberMaxLength: 20,
  sectors: { min: 1, max: 5 },
  /** offersHs and seeksHs, each. */
  hsChapters: { min: 0, max: 40 },
  jvSectors: { min: 0, max: 10 },
  languages: { min: 1, max: 10 },
  foundedYearMin: 1800,
  websiteMaxLength: 300,
  descriptionMaxLength: 4000,
  certifications: { min: 0, max: 20 },
  certificationMaxLength: 100,
} as const;

/**
 * A website as people type it ("sialkotsurgical.pk", "www.x.az/en") made an address: trimmed,
 * and `https://` put in front when no scheme is given. Both the API (before validating) and the
 * web form use it, so what the form accepts the API accepts.
 */
export function normalizeWebsite(value: string): string {
  const trimmed = value.trim();
  // A scheme ("https:", "ftp:", "javascript:") is kept and judged by the validator; a port
  // ("example.com:8080") is not a scheme.
  if (!trimmed || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) {
    return trimmed;
  }
  return `https://${trimmed.replace(/^\/+/, '')}`;
}
