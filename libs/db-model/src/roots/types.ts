import type { VersionedState } from '../history/historic-facet';

export type RootType = 'Git' | 'IP' | 'URL';
export type RootStatus = 'ACTIVE' | 'INACTIVE';

/** A root's state; which location fields apply depends on the root's type. */
export interface RootState extends VersionedState {
  readonly status: RootStatus;
  readonly nickname: string;
  readonly reason?: string;
  readonly other?: string;
  // Git
  readonly url?: string;
  readonly branch?: string;
  readonly environment?: string;
  readonly includesHealthCheck?: boolean;
  readonly gitignore?: readonly string[];
  readonly useVpn?: boolean;
  // IP
  readonly address?: string;
  // URL
  readonly host?: string;
  readonly path?: string;
  readonly port?: number;
  readonly protocol?: string;
  readonly query?: string;
}

/** What the security team tests in a group: a git repository, an IP address or a URL. */
export interface Root {
  readonly id: string;
  readonly groupName: string;
  readonly organizationName: string;
  readonly type: RootType;
  readonly createdBy: string;
  readonly createdDate: string;
  readonly state: RootState;
}
