import { createContext } from 'react';
import type { SightlineClient } from '@sightline/core';

export const SightlineContext = createContext<SightlineClient | null>(null);
SightlineContext.displayName = 'SightlineContext';
