// The signed-in user, shared with every screen, and what each role may open.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role, User } from './types';
import { STAFF_ROLES } from './types';
import { CASE_READERS } from './enforcement';

export interface SessionState {
  user: User;
  /** Name of the user's region ("" scope = the nation), loaded after sign-in. */
  regionName: string | null;
  /** Time zone name of the user's region (WIB/WITA/WIT), WIB for the nation. */
  zone: string;
  signOut: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export type Screen =
  | 'home'
  | 'regions'
  | 'agencies'
  | 'employees'
  | 'import'
  | 'users'
  | 'pledgeEvents'
  | 'coverage'
  | 'codes'
  | 'texts'
  | 'sign'
  | 'rules'
  | 'cases'
  | 'finding'
  | 'ppk'
  | 'audit'
  | 'alerts';

/** Mirrors the route declarations of docs/api.md. */
export function canOpen(role: Role, screen: Screen): boolean {
  switch (screen) {
    case 'home':
    case 'regions':
    case 'rules':
      return true;
    case 'agencies':
    case 'employees':
    case 'pledgeEvents':
    case 'coverage':
    case 'texts':
      return STAFF_ROLES.includes(role);
    case 'import':
    case 'codes':
      return role === 'operator_instansi' || role === 'admin';
    case 'sign':
      return role === 'asn';
    case 'users':
      return role === 'admin';
    case 'cases':
      return CASE_READERS.includes(role);
    case 'finding':
      return role === 'pengawas';
    case 'ppk':
      return role === 'ppk';
    case 'audit':
      return role === 'auditor' || role === 'admin';
    case 'alerts':
      return role === 'pengawas' || role === 'auditor' || role === 'admin';
  }
}
