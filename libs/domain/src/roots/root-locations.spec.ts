import { comparableGitUrl, parseUrlRoot, repositoryName, validateBranch, validateGitUrl, validateIpAddress } from './root-locations';

describe('root locations', () => {
  it.each([
    'https://gitlab.com/acme/shop.git',
    'http://git.internal.example/acme/shop',
    'ssh://git@github.com:22/acme/shop.git',
    'git@github.com:acme/shop.git',
    'https://dev.azure.com/acme/project/_git/shop',
  ])('accepts the git URL %p', (url) => {
    expect(validateGitUrl(`  ${url}/ `)).toBe(url);
  });

  it.each(['ftp://gitlab.com/acme/shop.git', 'https://gitlab.com', 'https://u:p@gitlab.com/a/b', 'gitlab.com/acme/shop', 'file:///etc/passwd', 'https://gitlab.com/a b'])(
    'refuses the git URL %p',
    (url) => {
      expect(() => validateGitUrl(url)).toThrow('Exception - Field url is invalid');
    },
  );

  it('compares git URLs without case and the .git suffix, and names the repository', () => {
    expect(comparableGitUrl('https://GitLab.com/Acme/Shop.git')).toBe(comparableGitUrl('https://gitlab.com/acme/shop/'));
    expect(repositoryName('git@github.com:acme/shop.git')).toBe('shop');
    expect(repositoryName('git@github.com:shop.git')).toBe('shop');
  });

  it.each(['main', 'feature/login-form', 'release-1.2', 'user@x'])('accepts the branch %p', (branch) => {
    expect(validateBranch(branch)).toBe(branch);
  });

  it.each(['', '@', '-x', '/x', 'x/', 'x.', 'x.lock', 'a..b', 'a//b', 'a@{b', 'a b', 'a~b', 'a^b', 'a:b', 'a?b', 'a*b', 'a[b', 'a\\b', 'a/.hidden', 'a\u0007b'])(
    'refuses the branch %p',
    (branch) => {
      expect(() => validateBranch(branch)).toThrow('Exception - Field branch is invalid');
    },
  );

  it('accepts IPv4 and IPv6 addresses only', () => {
    expect(validateIpAddress(' 10.0.0.1 ')).toBe('10.0.0.1');
    expect(validateIpAddress('::1')).toBe('::1');
    for (const address of ['10.0.0.256', 'example.com', '10.0.0.1/24', '']) {
      expect(() => validateIpAddress(address)).toThrow('Exception - Field address is invalid');
    }
  });

  it('splits URL roots as the original stored them', () => {
    expect(parseUrlRoot('http://acme.com')).toEqual({ host: 'acme.com', path: '/', port: 80, protocol: 'HTTP' });
    expect(parseUrlRoot('https://acme.com:8443/a?x=1#y')).toEqual({ host: 'acme.com', path: '/a#y', port: 8443, protocol: 'HTTPS', query: 'x=1' });
    expect(() => parseUrlRoot('https://acme.com/<script>')).toThrow('Exception - Invalid characters');
  });
});
