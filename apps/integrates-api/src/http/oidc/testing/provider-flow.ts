import { formOf, linkOf, type Answer, type Browser } from './browser';

const isRedirect = (answer: Answer): boolean => answer.status >= 300 && answer.status < 400;

/**
 * Goes from the app's /login through the provider's development login and consent forms, as a user
 * would (or cancels at the first form), and gives back the URL the provider sends the browser to:
 * the app's callback with the provider's answer, not yet requested.
 */
export const throughProvider = async (
  browser: Browser,
  appUrl: string,
  callbackUrl: string,
  account: string,
  choice: 'consent' | 'cancel' = 'consent',
): Promise<URL> => {
  let answer = await browser.get(`${appUrl}/login`);
  for (let step = 0; step < 12; step += 1) {
    if (isRedirect(answer)) {
      const next = new URL(answer.headers.get('location') ?? '', answer.url);
      if (`${next.origin}${next.pathname}` === callbackUrl) return next;
      answer = await browser.get(next);
    } else if (answer.status !== 200) {
      throw new Error(`${answer.url.href} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
    } else if (choice === 'cancel') {
      answer = await browser.get(linkOf(answer, '[ Cancel ]'));
    } else {
      const { action, hidden } = formOf(answer);
      answer = await browser.postForm(action, hidden['prompt'] === 'login' ? { ...hidden, login: account, password: 'any password' } : hidden);
    }
  }
  throw new Error(`The provider did not send the browser back to ${callbackUrl} within 12 steps`);
};
