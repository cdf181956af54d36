import { EN } from '../en/index.ts';

// TEMPORARY while the engine is calibrated: the Spanish catalogue is written next.
export const ES: Record<keyof typeof EN, string> = EN;
