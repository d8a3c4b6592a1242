import { LoginRequiredError } from '@integrates/errors';
import type { DomainContext, Viewer } from './context';

export const requireViewer = (context: DomainContext): Viewer => {
  if (!context.viewer) throw new LoginRequiredError();
  return context.viewer;
};
