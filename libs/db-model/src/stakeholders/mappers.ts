import type { FormattedItem } from 'dynamodb-toolbox';
import type { StakeholderEntity } from './entity';
import type { Stakeholder } from './types';

type StakeholderItem = FormattedItem<typeof StakeholderEntity>;

export const stakeholderFromItem = (item: StakeholderItem): Stakeholder => ({
  email: item.email,
  ...(item.first_name !== undefined ? { firstName: item.first_name } : {}),
  ...(item.last_name !== undefined ? { lastName: item.last_name } : {}),
  ...(item.role !== undefined ? { role: item.role } : {}),
  enrolled: item.enrolled,
  isRegistered: item.is_registered,
  isConcurrentSession: item.is_concurrent_session,
  legalRemember: item.legal_remember,
  ...(item.registration_date !== undefined ? { registrationDate: item.registration_date } : {}),
  ...(item.last_login_date !== undefined ? { lastLoginDate: item.last_login_date } : {}),
});

export const stakeholderToItem = (stakeholder: Stakeholder) => ({
  email: stakeholder.email,
  first_name: stakeholder.firstName,
  last_name: stakeholder.lastName,
  role: stakeholder.role,
  enrolled: stakeholder.enrolled,
  is_registered: stakeholder.isRegistered,
  is_concurrent_session: stakeholder.isConcurrentSession,
  legal_remember: stakeholder.legalRemember,
  registration_date: stakeholder.registrationDate,
  last_login_date: stakeholder.lastLoginDate,
});
