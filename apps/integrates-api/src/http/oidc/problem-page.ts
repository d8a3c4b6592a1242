import type { Response } from 'express';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Answers a sign-in that could not go on: a short page for browsers, JSON for everyone else,
 * with what went wrong and where to start again; never a stack trace.
 */
export const signInProblem = (response: Response, status: number, message: string): void => {
  response.status(status).format({
    json: () => response.json({ error: message, signIn: '/login' }),
    html: () =>
      response.send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in</title></head>` +
          `<body><h1>Sign-in did not complete</h1><p>${escapeHtml(message)}</p><p><a href="/login">Sign in again</a></p></body></html>`,
      ),
    default: () => response.json({ error: message, signIn: '/login' }),
  });
};
