import { createContext, useContext } from 'react';
import type { Persistence } from './persistence/persist';

export const PersistenceContext = createContext<Persistence | null>(null);

export function usePersistence(): Persistence | null {
  return useContext(PersistenceContext);
}
