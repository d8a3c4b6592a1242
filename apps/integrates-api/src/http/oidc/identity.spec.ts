import { identityFrom } from './identity';

describe('identityFrom', () => {
  it('takes the email, lower-cased, and the names the provider shares', () => {
    expect(identityFrom({ sub: '1', email: ' Jane@Example.COM ', email_verified: true, given_name: ' Jane ', family_name: 'Doe' })).toEqual({
      ok: true,
      email: 'jane@example.com',
      profile: { firstName: 'Jane', lastName: 'Doe' },
    });
    expect(identityFrom({ email: 'jane@example.com', given_name: '', family_name: 42 })).toEqual({ ok: true, email: 'jane@example.com', profile: {} });
  });

  it('accepts an email whose verification the provider does not mention', () => {
    expect(identityFrom({ email: 'jane@example.com' })).toMatchObject({ ok: true });
  });

  it.each([
    ['a boolean', false],
    ['a string', 'false'],
  ])('refuses an email the provider says is not verified (%s)', (_kind, emailVerified) => {
    expect(identityFrom({ email: 'jane@example.com', email_verified: emailVerified })).toMatchObject({ ok: false, reason: 'email not verified' });
  });

  it.each([{}, { email: 'not an email' }, { email: 42 }])('refuses claims without a usable email: %j', (claims) => {
    expect(identityFrom(claims)).toMatchObject({ ok: false, reason: 'no email' });
  });

  it('cuts names to 100 characters', () => {
    const identity = identityFrom({ email: 'jane@example.com', given_name: 'J'.repeat(500) });
    expect(identity.ok && identity.profile.firstName).toBe('J'.repeat(100));
  });
});
