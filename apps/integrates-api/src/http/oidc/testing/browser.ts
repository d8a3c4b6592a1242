/** A stored cookie: a browser sends it to its origin, on paths under its path. */
interface StoredCookie {
  readonly origin: string;
  readonly name: string;
  readonly value: string;
  readonly path: string;
  readonly attributes: readonly string[];
}

export interface Answer {
  readonly url: URL;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const parseSetCookie = (origin: string, requestPath: string, header: string): StoredCookie & { readonly expired: boolean } => {
  const [pair = '', ...rest] = header.split(';');
  const separator = pair.indexOf('=');
  const attributes = rest.map((part) => part.trim());
  const attribute = (name: string): string | undefined =>
    attributes.find((part) => part.toLowerCase().startsWith(`${name.toLowerCase()}=`))?.slice(name.length + 1);
  const expires = attribute('Expires');
  const maxAge = attribute('Max-Age');
  const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
  const defaultPath = requestPath.slice(0, requestPath.lastIndexOf('/')) || '/';
  return {
    origin,
    name: pair.slice(0, separator).trim(),
    value: pair.slice(separator + 1).trim(),
    path: attribute('Path') ?? defaultPath,
    attributes,
    expired,
  };
};

/**
 * Enough of a browser for a sign-in over plain HTTP: cookies kept by hand per origin and path,
 * redirects not followed (each hop is looked at), forms posted as a user would.
 */
export const createBrowser = () => {
  let cookies: readonly StoredCookie[] = [];

  const cookieHeader = (url: URL): string =>
    cookies
      .filter((cookie) => cookie.origin === url.origin && (url.pathname === cookie.path || url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');

  const remember = (url: URL, headers: Headers): void => {
    for (const header of headers.getSetCookie()) {
      const { expired, ...cookie } = parseSetCookie(url.origin, url.pathname, header);
      const others = cookies.filter((kept) => !(kept.origin === cookie.origin && kept.name === cookie.name && kept.path === cookie.path));
      cookies = expired ? others : [...others, cookie];
    }
  };

  const request = async (target: string | URL, init: RequestInit = {}): Promise<Answer> => {
    const url = new URL(target);
    const cookie = cookieHeader(url);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string> | undefined) },
    });
    remember(url, response.headers);
    return { url, status: response.status, headers: response.headers, text: await response.text() };
  };

  return {
    get: (url: string | URL, headers: Record<string, string> = {}) => request(url, { headers }),
    postForm: (url: string | URL, fields: Readonly<Record<string, string>>) =>
      request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }),
    /** The cookie a server set for `origin`, as kept (undefined once cleared). */
    cookie: (origin: string, name: string): StoredCookie | undefined => cookies.find((kept) => kept.origin === origin && kept.name === name),
    /** Replaces a kept cookie's value, as an attacker with access to the browser could. */
    setCookieValue: (origin: string, name: string, value: string): void => {
      cookies = cookies.map((kept) => (kept.origin === origin && kept.name === name ? { ...kept, value } : kept));
    },
  };
};

export type Browser = ReturnType<typeof createBrowser>;

const unescapeHtml = (text: string): string =>
  text.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A page's first form: where it posts and its hidden fields. */
export const formOf = (answer: Answer): { readonly action: URL; readonly hidden: Readonly<Record<string, string>> } => {
  const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(answer.text);
  if (!form) throw new Error(`No form at ${answer.url.href} (status ${answer.status}): ${answer.text.slice(0, 500)}`);
  const hidden = Object.fromEntries(
    [...(form[2] ?? '').matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)].map((match) => [match[1] ?? '', unescapeHtml(match[2] ?? '')]),
  );
  return { action: new URL(unescapeHtml(form[1] ?? ''), answer.url), hidden };
};

/** A page's link whose text is `text`. */
export const linkOf = (answer: Answer, text: string): URL => {
  const link = new RegExp(`<a href="([^"]*)">\\s*${text.replace(/[[\]]/g, '\\$&')}\\s*</a>`).exec(answer.text);
  if (!link) throw new Error(`No link "${text}" at ${answer.url.href}`);
  return new URL(unescapeHtml(link[1] ?? ''), answer.url);
};
