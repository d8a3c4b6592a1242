import { AccessDeniedError, IntegratesError, isIntegratesError, LoginRequiredError } from './index';

describe('IntegratesError', () => {
  it('carries a stable code and the subclass name', () => {
    const error = new LoginRequiredError();
    expect(error).toBeInstanceOf(IntegratesError);
    expect(error.code).toBe('LOGIN_REQUIRED');
    expect(error.message).toBe('Login required');
    expect(error.name).toBe('LoginRequiredError');
  });

  it('tells expected errors from unexpected ones', () => {
    expect(isIntegratesError(new AccessDeniedError())).toBe(true);
    expect(isIntegratesError(new Error('boom'))).toBe(false);
    expect(isIntegratesError('Access denied')).toBe(false);
  });
});
