import { isApiError } from '@/lib/api-error';

export type LinkProblem = 'used' | 'expired' | 'invalid' | 'unreachable';

/** What went wrong with a mailed link, from the API's error code (409 / 410 / 400). */
export function linkProblem(error: unknown): LinkProblem {
  if (isApiError(error)) {
    if (error.code === 'link_used' || error.status === 409) {
      return 'used';
    }
    if (error.code === 'link_expired' || error.status === 410) {
      return 'expired';
    }
    if (error.code === 'invalid_token' || error.status === 400 || error.status === 404) {
      return 'invalid';
    }
  }
  return 'unreachable';
}
