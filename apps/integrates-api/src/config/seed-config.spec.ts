import { loadConfig } from './config';

describe('the local replica configuration', () => {
  it('reads ADMIN_EMAIL, SEED_DATA and SEED_FILE', () => {
    expect(loadConfig({ ADMIN_EMAIL: ' dev@example.com ', SEED_DATA: 'false', SEED_FILE: '/tmp/design.json' }).seed).toEqual({
      enabled: false,
      file: '/tmp/design.json',
      adminEmail: 'dev@example.com',
    });
    expect(loadConfig({}).seed).toEqual({ enabled: true, file: 'database-design/database-design.json' });
  });

  it.each([
    ['ADMIN_EMAIL', 'not-an-email', 'ADMIN_EMAIL: must be an email address, for example dev@example.com (got "not-an-email")'],
    ['ADMIN_EMAIL', 'a#b@example.com', 'ADMIN_EMAIL: must be an email address, for example dev@example.com (got "a#b@example.com")'],
    ['SEED_DATA', 'yes', 'SEED_DATA: must be true or false (got "yes")'],
  ])('names %s when it is %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`Invalid configuration:\n  ${message}`);
  });
});
