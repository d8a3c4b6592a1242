import type { InvitationOutcome } from '@integrates/domain';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export interface Page {
  readonly status: number;
  readonly title: string;
  readonly message: string;
}

const roleName = (role: string): string => role.replace(/_/g, ' ');

/** What the invitee sees for each outcome; refusals are 4xx and say why in plain words. */
export const pageFor = (outcome: InvitationOutcome): Page => {
  switch (outcome.outcome) {
    case 'confirmed':
      return {
        status: 200,
        title: 'Access granted',
        message: `You joined the ${outcome.entity} ${outcome.name} as ${roleName(outcome.role)}. Sign in to start.`,
      };
    case 'rejected':
      return { status: 200, title: 'Invitation declined', message: `You declined the invitation to the ${outcome.entity} ${outcome.name}.` };
    case 'invalid':
      return { status: 400, title: 'Invalid invitation link', message: 'This link is not a valid invitation. Check that you copied all of it.' };
    case 'expired':
      return { status: 410, title: 'Invitation expired', message: 'This invitation has expired. Ask whoever invited you for a new one.' };
    case 'used':
      return { status: 409, title: 'Invitation already used', message: 'This invitation has already been answered.' };
    case 'withdrawn':
      return {
        status: 410,
        title: 'Invitation no longer valid',
        message: 'This invitation was withdrawn or replaced by a newer one. Use the latest invitation you received.',
      };
  }
};

export const UNAVAILABLE_PAGE: Page = { status: 503, title: 'Try again later', message: 'The invitation could not be processed right now. Try the link again in a moment.' };

export const renderPage = (page: Page): string =>
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)} | Integrates</title></head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>
<p><a href="/">Go to Integrates</a></p>
</main>
</body>
</html>
`;
